/**
 * Rasterises a standalone SVG string to PNG at a given density (2× by default). Fonts are waited for
 * first, and the image is drawn twice a moment apart: an SVG image's embedded fonts can arrive after its
 * load event, and an early draw comes out with blank or fallback text (owid-grapher's StaticChartRasterizer).
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  await document.fonts?.ready;
  const img = new Image();
  img.decoding = 'sync';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  const draw = () => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  };
  draw();
  await new Promise((r) => setTimeout(r, 120));
  draw();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be created'))),
      'image/png',
    ),
  );
}
