// Turns a TopoJSON topology (world-atlas's countries) into GeoJSON features for Leaflet.

/** The features of topology.objects[name]: Polygon and MultiPolygon geometries with their properties. */
export function features(topology, name) {
  const arcs = topology.arcs.map(arc => decodeArc(arc, topology.transform));
  const ring = indices => {
    const points = [];
    for (const i of indices) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return unwrap(points);
  };
  return topology.objects[name].geometries
    .filter(g => g.type === 'Polygon' || g.type === 'MultiPolygon')
    .map(g => ({
      type: 'Feature',
      id: g.id,
      properties: g.properties || {},
      geometry: {
        type: g.type,
        coordinates: g.type === 'Polygon' ? g.arcs.map(ring) : g.arcs.map(polygon => polygon.map(ring)),
      },
    }));
}

/** An arc's positions: delta-encoded integers when the topology is quantized, else as given. */
function decodeArc(arc, transform) {
  if (!transform) return arc;
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
}

/**
 * A ring crossing the antimeridian (Russia's Chukotka, Fiji) jumps from 180 to -180 degrees; a web
 * map would draw that jump as a band around the world. Each longitude is moved by whole turns to lie
 * within 180 degrees of the one before, so the ring runs on past 180 instead.
 */
function unwrap(points) {
  let shift = 0;
  return points.map(([lon, lat], i) => {
    if (i > 0) {
      const before = points[i - 1][0];
      if (lon - before > 180) shift -= 360;
      else if (before - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}
