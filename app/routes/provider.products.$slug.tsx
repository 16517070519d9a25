/** /provider/products/:slug: propose new product details. The live listing waits for approval. */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { PageContent } from "@ag.ds-next/react/content";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { requireProviderRep } from "~/accounts/session.server";
import { allCategories, ownedProduct, productListingFacts, proposeProductChange } from "~/listings/listing-change.server";
import { productProposalSchema } from "~/listings/fields.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Edit product details | Cloud Exchange" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  return json({ slug: product.slug, facts: productListingFacts({ productId: product.id })!, categories: allCategories() });
}

type Values = { name: string; summary: string; description: string; website: string; categories: string[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  const form = parseForm(formData, productProposalSchema);
  if (!form.ok) return invalid(form.reply);
  const known = new Set(allCategories().map((c) => c.slug));
  if (form.value.categories.some((c) => !known.has(c))) return invalid(form.refuse({ categories: "Choose categories from the list" }));
  const changeId = proposeProductChange({
    providerId: user.providerId,
    productId: product.id,
    userId: user.id,
    ip: clientIp(request),
    after: { ...form.value, categories: [...form.value.categories].sort() },
  });
  if (changeId === null) throw json("We could not find that product among your listings.", { status: 404 });
  return redirect("/provider?proposed=1");
}

export default function ProviderProduct() {
  const { slug, facts, categories } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // After a refused submission the form shows what was typed; before, the listing as it stands.
  const values: Values = reply.submitted
    ? {
        name: reply.value("name") ?? "",
        summary: reply.value("summary") ?? "",
        description: reply.value("description") ?? "",
        website: reply.value("website") ?? "",
        categories: reply.values("categories"),
      }
    : { ...facts, website: facts.website ?? "" };
  const field = (name: "name" | "summary" | "description" | "website") => ({
    id: name,
    name,
    invalid: reply.invalid(name),
    message: reply.error(name),
    ...{ defaultValue: values[name] },
  });
  return (
    <PageContent>
      <Stack gap={2} maxWidth={720}>
        <H1>Edit {facts.name}</H1>
        <Text as="p">Your changes wait for approval by Cloud Exchange before buyers see them.</Text>
        <Text as="p">
          Also for this product: <TextLink href={`/provider/products/${slug}/badges`}>add or renew badges</TextLink> ·{" "}
          <TextLink href={`/provider/products/${slug}/responsibility`}>propose who secures what</TextLink> ·{" "}
          <TextLink href={`/provider/products/${slug}/prices`}>propose prices</TextLink> ·{" "}
          <TextLink href={`/provider/products/${slug}/documents`}>service documents</TextLink>
        </Text>
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <FormStack>
            <TextInput label="Name" maxWidth="xl" required {...field("name")} />
            <Textarea label="Summary" maxWidth="xl" rows={2} required {...field("summary")} />
            <Textarea label="Description" maxWidth="xl" rows={6} required={false} {...field("description")} />
            <TextInput label="Website" hint="Starts with https://" maxWidth="xl" required={false} {...field("website")} />
            <ControlGroup
              id="categories"
              label="Categories"
              required={false}
              invalid={reply.invalid("categories")}
              message={reply.error("categories")}
              block
            >
              {categories.map((c) => (
                <Checkbox key={c.slug} name="categories" value={c.slug} {...{ defaultChecked: values.categories.includes(c.slug) }}>
                  {c.name}
                </Checkbox>
              ))}
            </ControlGroup>
            <div>
              <Button type="submit">Propose these details</Button>
            </div>
          </FormStack>
        </Form>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
