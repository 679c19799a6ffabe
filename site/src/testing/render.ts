// Renders an Astro component to HTML with the container API, for tests: without the source-location attributes
// Astro adds in development, so that assertions read like the HTML a visitor gets.
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: AstroContainer | undefined;

/** Returns the component's HTML for these props (and locals, params or request when a page needs them). */
export async function renderHtml(component: AstroComponentFactory, options: ContainerRenderOptions = {}): Promise<string> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, options);
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

/** Returns the component's Response (status, headers and body), for pages. */
export async function renderResponse(component: AstroComponentFactory, options: ContainerRenderOptions = {}): Promise<Response> {
  container ??= await AstroContainer.create();
  return container.renderToResponse(component, options);
}
