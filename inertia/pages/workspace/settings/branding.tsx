import { Head, useForm } from '@inertiajs/react'
import {
  Button,
  Card,
  Checkbox,
  ColorInput,
  FileInput,
  Group,
  Image,
  Stack,
  Text,
} from '@mantine/core'
import { IconPhoto } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { AppForm } from '~/components/app_form'

export default function Branding({
  branding,
}: {
  branding: { brandColor: string; logoUrl: string | null }
}) {
  const { shell } = useSharedProps()
  const canManage = shell?.permissions.includes('workspace.settings.manage') ?? false
  const form = useForm<{ brand_color: string; logo: File | null; remove_logo: boolean }>({
    brand_color: branding.brandColor,
    logo: null,
    remove_logo: false,
  })

  return (
    <AppLayout>
      <Head title="Branding" />
      <PageHeader
        title="Branding"
        description="Your logo and colour appear on your storefront and in the emails customers get."
      />
      <Card withBorder padding="lg" maw={720}>
        <AppForm
          action={`/app/${shell?.workspace.slug}/settings/branding`}
          encType="multipart/form-data"
          onSubmit={() => {
            form.post(`/app/${shell?.workspace.slug}/settings/branding`, {
              forceFormData: true,
              onSuccess: () => form.reset('logo', 'remove_logo'),
            })
          }}
        >
          <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack>
              <Group align="center">
                {branding.logoUrl ? (
                  <Image src={branding.logoUrl} alt="Current logo" h={64} w="auto" fit="contain" />
                ) : (
                  <Text c="dimmed" fz="sm">
                    No logo yet.
                  </Text>
                )}
              </Group>
              <FileInput
                label="New logo"
                placeholder="PNG, JPEG, GIF or WebP, up to 2 MB"
                accept="image/png,image/jpeg,image/gif,image/webp"
                leftSection={<IconPhoto size={16} />}
                clearable
                value={form.data.logo}
                onChange={(file) => form.setData('logo', file)}
                error={form.errors.logo}
              />
              {branding.logoUrl && (
                <Checkbox
                  label="Remove the current logo"
                  checked={form.data.remove_logo}
                  onChange={(event) => form.setData('remove_logo', event.currentTarget.checked)}
                />
              )}
              <ColorInput
                label="Brand colour"
                value={form.data.brand_color}
                onChange={(value) => form.setData('brand_color', value)}
                error={form.errors.brand_color}
                format="hex"
                maw={240}
              />
              <Group>
                <div
                  style={{
                    background: form.data.brand_color,
                    color: '#fff',
                    padding: '10px 16px',
                    borderRadius: 8,
                    fontWeight: 600,
                  }}
                >
                  Preview: Add to cart
                </div>
              </Group>
              {canManage && (
                <Button type="submit" loading={form.processing} style={{ alignSelf: 'flex-start' }}>
                  Save branding
                </Button>
              )}
            </Stack>
          </fieldset>
        </AppForm>
      </Card>
    </AppLayout>
  )
}
