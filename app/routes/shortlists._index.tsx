import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { safeRedirect } from "~/platform/safe-redirect";
import { requireUser } from "~/accounts/session.server";
import { formatDate, todayIso } from "~/platform/dates";
import { productIdsBySlugs } from "~/catalogue/product.server";
import { addToShortlist, createShortlist, listShortlists, shortlistNameForm, shortlistNameSchema } from "~/shortlists/shortlist.server";
import { MAX_NAME_LENGTH } from "~/shortlists/shortlist-fields";
import { CsrfInput } from "~/ui/csrf-input";
import { readForm } from "~/platform/read-form.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Your shortlists | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ shortlists: listShortlists({ userId: user.id }) });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const intent = form.get("intent");

  if (intent === "create") {
    const parsed = parseForm(form, shortlistNameForm);
    if (!parsed.ok) return invalid(parsed.reply);
    const id = createShortlist({ userId: user.id, name: parsed.value.name });
    return redirect(`/shortlists/${id}`);
  }

  if (intent === "add") {
    // "product" from the add-to-shortlist forms, "products" from the catalogue's selection.
    const slugs = [...new Set([...form.getAll("product"), ...form.getAll("products")].map(String).filter(Boolean))].slice(0, 50);
    const found = productIdsBySlugs(slugs);
    if (slugs.length === 0 || found.length !== slugs.length) {
      throw json("Choose products that are in the catalogue to add to a shortlist.", { status: 400 });
    }
    const choice = String(form.get("shortlist") ?? "new");
    let id: number;
    if (choice === "new") {
      const typed = String(form.get("newName") ?? "").trim();
      const name = shortlistNameSchema.safeParse(typed || `Shortlist of ${formatDate(todayIso())}`);
      if (!name.success) throw json(name.error.issues[0].message, { status: 400 });
      id = createShortlist({ userId: user.id, name: name.data });
    } else {
      id = Number(choice);
    }
    const productIds = slugs.map((s) => found.find((f) => f.slug === s)!.id);
    if (!Number.isInteger(id) || !addToShortlist({ id, userId: user.id, productIds })) {
      throw json("We could not find that shortlist.", { status: 404 });
    }
    const params = new URLSearchParams({ added: String(productIds.length) });
    const back = safeRedirect(form.get("redirectTo"), "");
    if (back) params.set("from", back);
    return redirect(`/shortlists/${id}?${params}`);
  }

  throw json("That action is not available here.", { status: 400 });
}

export default function Shortlists() {
  const { shortlists } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Your shortlists</H1>
        <Text as="p">
          Gather products you are considering, note why, export them as CSV and keep a frozen evidence pack. Add products from the{" "}
          <TextLink href="/products">catalogue</TextLink>, a product page or a comparison.
        </Text>
        {shortlists.length === 0 ? (
          <Text as="p">You have no shortlists yet.</Text>
        ) : (
          <ul aria-label="Shortlists">
            {shortlists.map((s) => (
              <li key={s.id}>
                <TextLink href={`/shortlists/${s.id}`}>{s.name}</TextLink> ({s.items} {s.items === 1 ? "product" : "products"})
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="new-shortlist">
          <H2 id="new-shortlist">Start a shortlist</H2>
          <ErrorSummary errors={reply.errors} />
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="create" />
            <FormStack>
              <TextInput
                id="name"
                name="name"
                label="Shortlist name"
                required
                maxLength={MAX_NAME_LENGTH}
                invalid={reply.invalid("name")}
                message={reply.error("name")}
                {...{ defaultValue: reply.value("name") ?? "" }}
              />
              <div>
                <Button type="submit">Create shortlist</Button>
              </div>
            </FormStack>
          </Form>
        </section>
      </Stack>
    </PageContent>
  );
}
