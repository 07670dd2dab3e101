package plotting

import (
	"math"
	"sort"
	"strconv"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A diagram wider than a notebook's text column is wrapped, as a long
// formula is broken across lines: its columns are cut into bands of
// consecutive columns, drawn one below the other, left to right and top to
// bottom as the forward pass runs. A wire that leaves a band ends at its
// right edge in a lettered circle and starts again at the left edge of the
// next band, in a circle with the same letter, like the off-page connectors
// of a flowchart. An input that only feeds the gate beginning the next band
// (the constant 1 of x + 1, a bias) is not sent through connectors of its
// own: it moves to that band, into a column of inputs just left of the
// gate, as it would sit in the unwrapped diagram. Nothing else changes: the
// layers, their order and the heights of the rows are the layout's, so a
// wrapped diagram reads as the unwrapped one would.

// maxDiagramWidth is the width, in pixels, beyond which a diagram is
// wrapped when no Size is given: about the width of a notebook's output
// area on a laptop, where a wider image is shrunk until its labels are too
// small to read.
const maxDiagramWidth = 900

// Sizes of the connectors, in points.
const (
	connectorRadius = vg.Length(8)
	connectorFont   = vg.Length(9.5)
	connectorRoom   = 2*connectorRadius + 12 // from a column's wire ends to the band's edge
	connectorIn     = 2*connectorRadius + 24 // from the band's edge to its first column: room to bend
	connectorPitch  = 2*connectorRadius + 5  // between the connectors of one gate's inputs
	bandGap         = vg.Length(18)          // between one band's lowest labels and the next's highest
)

// band is one row of a wrapped diagram: the columns first..last.
type band struct {
	first, last int
	minY, maxY  float64   // the extent of its slots, in the layout's rows
	top         vg.Length // the canvas height of row minY's wire
	left, right vg.Length // the centres of its incoming and outgoing connectors
	// keepRows: the band begins with inputs moved from the band before,
	// so the wires into its first gates come in at the rows they left,
	// clear of those inputs' labels, not stacked at the gate's height.
	keepRows bool
}

// wrap cuts the columns, whose widths (body, wire stub and the gap after
// it) are given, into as few bands as fit in limit, and among those cuts
// the one whose widest band is narrowest, so the bands come out even
// rather than one full and one nearly empty. lead[a] is the room a band
// that begins with column a needs for the inputs it takes over (see
// leadInputs); nil for none. A column wider than limit on its own gets a
// band of its own; the figure is scaled down then.
func wrap(widths, lead []vg.Length, tail, limit vg.Length) [][2]int {
	n := len(widths)
	// span(a, b) is the width of a band of columns a..b, connectors and
	// margins included.
	span := func(a, b int) vg.Length {
		w := margin + margin - wireGap
		for ly := a; ly <= b; ly++ {
			w += widths[ly]
		}
		if a > 0 {
			w += connectorIn
			if lead != nil {
				w += lead[a]
			}
		}
		if b < n-1 {
			w += connectorRoom
		} else {
			w += tail
		}
		return w
	}
	// best[k][i]: the narrowest widest band over cuts of columns 0..i-1
	// into k bands; from[k][i] the first column of the last of them.
	inf := vg.Length(math.Inf(1))
	best := [][]vg.Length{make([]vg.Length, n+1)}
	from := [][]int{make([]int, n+1)}
	for i := 1; i <= n; i++ {
		best[0][i] = inf
	}
	k := 0
	for k < n {
		k++
		best = append(best, make([]vg.Length, n+1))
		from = append(from, make([]int, n+1))
		best[k][0] = inf
		for i := 1; i <= n; i++ {
			best[k][i] = inf
			for a := k - 1; a < i; a++ {
				if w := max(best[k-1][a], span(a, i-1)); w < best[k][i] {
					best[k][i], from[k][i] = w, a
				}
			}
		}
		if best[k][n] <= limit {
			break
		}
	}
	if best[k][n] > limit {
		// Some column is wider than limit on its own: the fewest bands
		// that are as narrow as any cut can make them.
		for j := 1; j < k; j++ {
			if best[j][n] <= best[k][n] {
				k = j
				break
			}
		}
	}
	cuts := make([][2]int, k)
	for i, j := n, k; j > 0; j-- {
		a := from[j][i]
		cuts[j-1] = [2]int{a, i - 1}
		i = a
	}
	return cuts
}

// leads are the inputs that may move to the next band: by[a] are the
// inputs of column a-1 whose every wire goes to a gate of column a, and
// widths[a] the room their column takes.
type leads struct {
	by     [][]int
	widths []vg.Length
}

// leadInputs finds, for each column, the inputs that would move with it if
// a band began there.
func (d *diagram) leadInputs() leads {
	n := len(d.l.layers)
	ls := leads{by: make([][]int, n), widths: make([]vg.Length, n)}
	direct := map[int]bool{} // inputs all of whose wires go to the next column
	for _, r := range d.l.routes {
		if _, seen := direct[r.from]; !seen {
			direct[r.from] = len(d.c.nodes[r.from].parents) == 0
		}
		direct[r.from] = direct[r.from] && len(r.via) == 0
	}
	for node, ok := range direct {
		if ok {
			a := d.l.slots[node].layer + 1
			ls.by[a] = append(ls.by[a], node)
		}
	}
	for a, ids := range ls.by {
		if len(ids) > 0 {
			sort.Ints(ls.by[a])
			body, stub := d.measureColumn(ids)
			ls.widths[a] = body + stub + wireGap
		}
	}
	return ls
}

// bandOf returns the band a slot is drawn in.
func (d *diagram) bandOf(id int) int {
	b := d.band[d.l.slots[id].layer]
	if d.lead[id] {
		b++
	}
	return b
}

// arrangeBands places the columns of each band left to right from its
// left edge, the inputs it takes over from the band before first, and
// returns the width of the widest band.
func (d *diagram) arrangeBands(widths []vg.Length, ls leads, cuts [][2]int) vg.Length {
	d.band = make([]int, len(widths))
	d.bands = d.bands[:0]
	d.lead = map[int]bool{}
	d.leadCol = make([]column, len(cuts))
	width := vg.Length(0)
	for b, cut := range cuts {
		bd := band{first: cut[0], last: cut[1], minY: math.Inf(1), maxY: math.Inf(-1)}
		x := margin
		if b > 0 {
			bd.left = margin + connectorRadius
			x += connectorIn
			if ids := ls.by[cut[0]]; len(ids) > 0 {
				bd.keepRows = true
				body, _ := d.measureColumn(ids)
				d.leadCol[b] = column{x, body, x + ls.widths[cut[0]] - wireGap}
				x += ls.widths[cut[0]]
				for _, id := range ids {
					d.lead[id] = true
				}
			}
		}
		for ly := cut[0]; ly <= cut[1]; ly++ {
			d.band[ly] = b
			d.colX[ly] = x
			d.stubX[ly] = x + widths[ly] - wireGap
			x = d.stubX[ly] + wireGap
		}
		end := d.stubX[cut[1]]
		if b < len(cuts)-1 {
			bd.right = end + connectorRoom - connectorRadius
			end += connectorRoom
		} else {
			end += d.tail
		}
		width = max(width, end+margin)
		d.bands = append(d.bands, bd)
	}
	for id, s := range d.l.slots {
		bd := &d.bands[d.bandOf(id)]
		bd.minY, bd.maxY = math.Min(bd.minY, s.y), math.Max(bd.maxY, s.y)
	}
	for _, k := range d.l.links { // the rows a keepRows band's connectors come in at
		if bd := &d.bands[d.band[d.l.slots[k.b].layer]]; bd.keepRows && d.l.slots[k.b].layer == bd.first && !d.lead[k.a] {
			y := d.l.slots[k.a].y
			bd.minY, bd.maxY = math.Min(bd.minY, y), math.Max(bd.maxY, y)
		}
	}
	return width
}

// bandsHeight returns the height the bands take, labels included.
func (d *diagram) bandsHeight() vg.Length {
	h := vg.Length(0)
	for b, bd := range d.bands {
		if b > 0 {
			h += bandGap
		}
		h += d.above + vg.Length(bd.maxY-bd.minY)*d.pitch + d.below
	}
	return h
}

// stackBands places the bands one below the other, the highest labels of
// the first at the canvas height top.
func (d *diagram) stackBands(top vg.Length) {
	y := top
	for b := range d.bands {
		bd := &d.bands[b]
		bd.top = y - d.above
		y = bd.top - vg.Length(bd.maxY-bd.minY)*d.pitch - d.below - bandGap
	}
}

// letterConnectors names each wire that leaves a band, in reading order:
// band by band, top to bottom. The key is the slot in the band's last
// column that the wire leaves from.
func (d *diagram) letterConnectors() {
	d.letters = map[int]string{}
	for _, bd := range d.bands[:len(d.bands)-1] {
		ids := append([]int(nil), d.l.layers[bd.last]...)
		sort.SliceStable(ids, func(i, j int) bool { return d.l.slots[ids[i]].y < d.l.slots[ids[j]].y })
		for _, id := range ids {
			if !d.lead[id] {
				d.letters[id] = connectorName(len(d.letters))
			}
		}
	}
}

// connectorName returns A, B, ..., Z, then A2, B2, ...
func connectorName(i int) string {
	s := string(rune('A' + i%26))
	if i >= 26 {
		s += strconv.Itoa(i/26 + 1)
	}
	return s
}

// inConnector returns where the wire from slot prev into input j of gate
// node, which begins a band, starts: the gate's inputs all come from the
// band before, so their connectors are stacked around the gate's height,
// first argument on top, instead of one over the other - or, in a band
// that keeps rows, at prev's row.
func (d *diagram) inConnector(prev, node, j int) vg.Point {
	b := d.bandOf(node)
	if d.bands[b].keepRows {
		return vg.Point{X: d.bands[b].left, Y: d.yIn(b, prev)}
	}
	k := len(d.c.nodes[node].parents)
	dy := (vg.Length(k-1)/2 - vg.Length(j)) * connectorPitch
	return vg.Point{X: d.bands[d.band[d.l.slots[node].layer]].left, Y: d.y(node) + dy}
}

// paintConnector draws a connector: a white circle with its letter.
func paintConnector(c draw.Canvas, at vg.Point, name string) {
	var p vg.Path
	p.Move(vg.Point{X: at.X + connectorRadius, Y: at.Y})
	p.Arc(at, connectorRadius, 0, 2*math.Pi)
	p.Close()
	c.SetColor(gateFill)
	c.Fill(p)
	c.SetLineStyle(draw.LineStyle{Color: inkColor, Width: outlineWidth})
	c.Stroke(p)
	size := connectorFont
	if len(name) > 1 {
		size -= 2
	}
	c.FillText(textStyle(size, inkColor, draw.XCenter, draw.YCenter), at, name)
}
