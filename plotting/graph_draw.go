package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Sizes of the circuit diagram, in points.
const (
	gateRadius   = vg.Length(15)
	wireGap      = vg.Length(40) // horizontal room where wires bend between columns
	margin       = vg.Length(14)
	arrowLen     = vg.Length(7)
	arrowHalf    = vg.Length(3.2)
	labelLift    = vg.Length(2.5) // between a wire and its labels
	minStub      = vg.Length(30)
	wireWidth    = vg.Length(1.1)
	outlineWidth = vg.Length(1.3)
)

// Font sizes of the circuit diagram, in points.
const (
	wireFont    = vg.Length(10)
	inputFont   = vg.Length(12)
	symbolFont  = vg.Length(14) // one-character gates: +, *
	opFont      = vg.Length(11)
	captionFont = vg.Length(9.5)
)

// diagram is a laid-out circuit with everything measured, ready to paint.
type diagram struct {
	c       *circuit
	l       *layout
	cfg     config
	pitch   vg.Length    // height of a row
	above   vg.Length    // room above a row's wire for its labels
	below   vg.Length    // room below
	colX    []vg.Length  // left edge of each column
	bodyW   []vg.Length  // width of the widest node body in each column
	stubX   []vg.Length  // where each column's output wires end
	band    []int        // each column's band
	bands   []band       // the rows of a wrapped diagram; one if it fits
	lead    map[int]bool // inputs drawn at the start of the next band, beside the gate they feed
	leadCol []column     // each band's column of such inputs
	letters map[int]string
	width   vg.Length
	height  vg.Length
	tail    vg.Length // room right of the output's wire for its arrow and name
}

// circuitFigure measures and lays out c and returns its figure.
func circuitFigure(c *circuit, cfg config, summary string) *Figure {
	if len(c.nodes) > maxGraphNodes {
		msg := fmt.Sprintf("this graph has %d nodes; diagrams are drawn up to %d. Draw a smaller piece of it.", len(c.nodes), maxGraphNodes)
		return messageFigure(cfg, summary, msg)
	}
	d := newDiagram(c, cfg)
	bw, bh := cfg.size(maxDiagramWidth, 0)
	w, h := d.width, d.height
	// Wrapping keeps the text at its size; only a diagram that does not
	// fit even so (one very wide column, or a Size height) is scaled.
	scale := math.Min(1, float64(px(bw)/w))
	if bh > 0 {
		scale = math.Min(scale, float64(px(bh)/h))
	}
	f := &Figure{width: w * vg.Length(scale), height: h * vg.Length(scale), svg: cfg.svg, summary: summary}
	f.paint = func(cv draw.Canvas) {
		if scale != 1 {
			cv.Scale(scale, scale)
		}
		d.paint(cv)
	}
	return f
}

// newDiagram measures c and lays it out within cfg's width, or within
// maxDiagramWidth if cfg sets none.
func newDiagram(c *circuit, cfg config) *diagram {
	d := &diagram{c: c, cfg: cfg}
	d.measure()
	d.l = newLayout(c, func(node, k, j int) float64 { return float64(-d.portDY(node, k, j) / d.pitch) })
	bw, _ := cfg.size(maxDiagramWidth, 0)
	d.arrange(px(bw))
	return d
}

// messageFigure is a small figure that shows a sentence instead of a
// picture.
func messageFigure(cfg config, summary, msg string) *Figure {
	sty := textStyle(11, mutedColor, draw.XLeft, draw.YCenter)
	w := sty.Width(msg) + 2*margin
	f := &Figure{width: w, height: 40, svg: cfg.svg, summary: summary}
	f.paint = func(c draw.Canvas) { c.FillText(sty, vg.Point{X: margin, Y: 20}, msg) }
	return f
}

func (d *diagram) lineHeight() vg.Length {
	return textStyle(wireFont, inkColor, 0, 0).FontExtents().Height
}

// measure sizes the rows from the number of label lines a wire carries.
func (d *diagram) measure() {
	lines := func(get func(w wire) []string) int {
		n := 0
		for _, w := range d.c.nodes {
			n = max(n, len(get(w)))
		}
		return n
	}
	lh := d.lineHeight()
	nameRoom := gateRadius + textStyle(captionFont, mutedColor, 0, 0).FontExtents().Height + 2
	d.above = max(labelLift+vg.Length(lines(func(w wire) []string { return w.value }))*lh, nameRoom)
	d.below = max(labelLift+vg.Length(lines(func(w wire) []string { return w.grad }))*lh, gateRadius)
	d.pitch = d.above + d.below + 14
}

// body returns the width of a node's drawing left of its output wire: the
// input's name, or the gate's circle (a pill for long operation names).
func (d *diagram) body(node int) vg.Length {
	w := d.c.nodes[node]
	if w.op == "" {
		return d.inputStyle(w).Width(w.name) + 6
	}
	tw := d.opStyle(w.op).Width(w.op)
	if tw+8 <= 2*gateRadius {
		return 2 * gateRadius
	}
	return tw + 2*9
}

func (d *diagram) inputStyle(w wire) draw.TextStyle {
	if w.constant {
		return textStyle(opFont, mutedColor, draw.XRight, draw.YCenter)
	}
	return textStyle(inputFont, inkColor, draw.XRight, draw.YCenter)
}

func (d *diagram) opStyle(op string) draw.TextStyle {
	size := opFont
	if len([]rune(op)) == 1 {
		size = symbolFont
	}
	return textStyle(size, inkColor, draw.XCenter, draw.YCenter)
}

// portDY is the height, above the gate's centre, at which input j of k
// enters it: spread over the left side of the circle, first argument on top
// as in the formula.
func (d *diagram) portDY(node, k, j int) vg.Length {
	if k <= 1 {
		return 0
	}
	span := min(1.2*gateRadius, vg.Length(k-1)*0.6*gateRadius)
	return span/2 - vg.Length(j)*span/vg.Length(k-1)
}

// arrange turns layers and rows into points: column widths come from the
// widest body and the widest wire label of each column, and a diagram
// wider than limit is wrapped into bands (graph_bands.go).
func (d *diagram) arrange(limit vg.Length) {
	n := len(d.l.layers)
	d.colX = make([]vg.Length, n)
	d.bodyW = make([]vg.Length, n)
	d.stubX = make([]vg.Length, n)
	widths := make([]vg.Length, n)
	for ly, ids := range d.l.layers {
		var stub vg.Length
		d.bodyW[ly], stub = d.measureColumn(ids)
		widths[ly] = d.bodyW[ly] + stub + wireGap
	}
	root := len(d.c.nodes) - 1
	d.tail = arrowLen + 6
	if w := d.c.nodes[root]; w.op != "" && w.name != "" {
		d.tail += textStyle(inputFont, inkColor, 0, 0).Width(w.name) + 4
	}
	leads := d.leadInputs()
	d.width = d.arrangeBands(widths, leads, wrap(widths, leads.widths, d.tail, limit))
	d.letterConnectors()
	titleH := vg.Length(0)
	if d.cfg.title != "" {
		titleH = textStyle(13, inkColor, 0, 0).FontExtents().Height + 8
	}
	caption := textStyle(captionFont, inkColor, 0, 0)
	lines := d.caption()
	captionH := vg.Length(len(lines))*caption.FontExtents().Height + 10
	for _, s := range lines {
		d.width = max(d.width, caption.Width(s.text)+2*margin)
	}
	d.height = margin + titleH + d.bandsHeight() + captionH + margin
	d.stackBands(d.height - margin - titleH)
}

// measureColumn returns the width of the widest body among a column's
// slots and the length its output wires need for their widest label.
func (d *diagram) measureColumn(ids []int) (body, stub vg.Length) {
	label := textStyle(wireFont, inkColor, 0, 0)
	stub = minStub
	for _, id := range ids {
		node := d.l.slots[id].node
		if node < 0 {
			continue
		}
		body = max(body, d.body(node))
		w := d.c.nodes[node]
		for _, s := range append(append([]string(nil), w.value...), w.grad...) {
			stub = max(stub, label.Width(s)+12)
		}
	}
	return body, stub
}

// y returns the height on the canvas of a slot's wire.
func (d *diagram) y(id int) vg.Length { return d.yIn(d.bandOf(id), id) }

// yIn returns the height a slot's row has in band b.
func (d *diagram) yIn(b, id int) vg.Length {
	bd := d.bands[b]
	return bd.top - vg.Length(d.l.slots[id].y-bd.minY)*d.pitch
}

// column is where a slot is drawn across: the left edge of its column, the
// width of the column's widest body, and where its output wires end.
type column struct{ x, bodyW, stubX vg.Length }

// columnOf returns the column a slot is drawn in: its layer's, or, for an
// input moved to the next band, that band's column of inputs.
func (d *diagram) columnOf(id int) column {
	if d.lead[id] {
		return d.leadCol[d.bandOf(id)]
	}
	ly := d.l.slots[id].layer
	return column{d.colX[ly], d.bodyW[ly], d.stubX[ly]}
}

// center returns the centre of a node's body.
func (d *diagram) center(node int) vg.Point {
	col := d.columnOf(node)
	return vg.Point{X: col.x + col.bodyW/2, Y: d.y(node)}
}

// outStart returns where a node's output wire leaves its body.
func (d *diagram) outStart(node int) vg.Length {
	if d.c.nodes[node].op == "" {
		col := d.columnOf(node)
		return col.x + col.bodyW + 1
	}
	return d.center(node).X + d.body(node)/2
}

// port returns the point where input j of k meets the gate's outline.
func (d *diagram) port(node, k, j int) vg.Point {
	c := d.center(node)
	dy := d.portDY(node, k, j)
	left := c.X - d.body(node)/2 + gateRadius // centre of the left end's arc
	dx := vg.Length(math.Sqrt(float64(gateRadius*gateRadius - dy*dy)))
	return vg.Point{X: left - dx, Y: c.Y + dy}
}

// captionLine is one line of the key under the diagram.
type captionLine struct {
	text  string
	color color.Color
}

// caption explains the colours, and the connectors of a wrapped diagram,
// so the picture reads without the slides.
func (d *diagram) caption() []captionLine {
	lines := d.colourKey()
	if len(d.bands) > 1 {
		lines = append(lines, captionLine{"the diagram is wrapped: a wire that ends in a lettered circle continues from the same letter in the row below", mutedColor})
	}
	return lines
}

// colourKey says what the green and red labels are.
func (d *diagram) colourKey() []captionLine {
	out := d.c.output
	if d.c.tensors {
		lines := []captionLine{{"green, above each wire: the matrix it carries forward (shape, mean and max of its entries)", valueColor}}
		if d.c.hasGrad {
			return append(lines, captionLine{"red, below: the same summary of the gradient of " + out + " with respect to it, from Backward()", gradColor})
		}
		return append(lines, captionLine{"no gradients yet: call Backward() on " + out + " to see them in red below each wire", mutedColor})
	}
	lines := []captionLine{{"green, above each wire: the value it carries in the forward pass", valueColor}}
	if d.c.hasGrad {
		return append(lines, captionLine{"red, below: the gradient of " + out + " with respect to the wire (local gradient × gradient from the right), from Backward()", gradColor})
	}
	return append(lines, captionLine{"no gradients yet: call Backward() on " + out + " to see them in red below each wire", mutedColor})
}

// paint draws the diagram: wires first, so that gates and labels sit on
// top of them.
func (d *diagram) paint(c draw.Canvas) {
	wire := draw.LineStyle{Color: inkColor, Width: wireWidth}
	fanout := make([]int, len(d.c.nodes))
	for _, r := range d.l.routes {
		fanout[r.from]++
		d.paintRoute(c, wire, r)
	}
	for node := range d.c.nodes {
		d.paintNode(c, wire, node, fanout[node])
	}
	if d.cfg.title != "" {
		c.FillText(textStyle(13, inkColor, draw.XCenter, draw.YTop), vg.Point{X: d.width / 2, Y: d.height - margin}, d.cfg.title)
	}
	caption := textStyle(captionFont, inkColor, draw.XLeft, draw.YBottom)
	lh := caption.FontExtents().Height
	lines := d.caption()
	for i, line := range lines {
		caption.Color = line.color
		c.FillText(caption, vg.Point{X: margin, Y: margin + vg.Length(len(lines)-1-i)*lh}, line.text)
	}
}

// paintRoute draws one wire from its source's output to a gate's input:
// S-bends in the gaps between columns, straight through the columns it
// skips, and an arrowhead at the gate. Where the wire leaves a band it ends
// in a connector and starts again from one in the next band.
func (d *diagram) paintRoute(c draw.Canvas, sty draw.LineStyle, r route) {
	c.SetLineStyle(sty)
	prev := r.from
	at := vg.Point{X: d.columnOf(prev).stubX, Y: d.y(prev)}
	var p vg.Path
	p.Move(at)
	for _, id := range append(append([]int(nil), r.via...), r.to) {
		ly := d.l.slots[id].layer
		if b := d.bandOf(prev); b != d.bandOf(id) {
			out := vg.Point{X: d.bands[b].right, Y: at.Y}
			p.Line(vg.Point{X: out.X - connectorRadius, Y: at.Y})
			c.Stroke(p)
			in := vg.Point{X: d.bands[b+1].left, Y: d.y(id)}
			if id == r.to {
				in = d.inConnector(prev, id, r.port)
			}
			paintConnector(c, out, d.letters[prev])
			paintConnector(c, in, d.letters[prev])
			c.SetLineStyle(sty)
			at = vg.Point{X: in.X + connectorRadius, Y: in.Y}
			p = vg.Path{}
			p.Move(at)
		}
		prev = id
		if id == r.to {
			break
		}
		in := vg.Point{X: d.colX[ly], Y: d.y(id)}
		bend(&p, at, in)
		at = vg.Point{X: d.stubX[ly], Y: in.Y}
		p.Line(at)
	}
	k := len(d.c.nodes[r.to].parents)
	port := d.port(r.to, k, r.port)
	ly := d.l.slots[r.to].layer
	// Bend in the gap, then run straight at the input's height to the
	// arrowhead, which a narrow gate leaves inside its column.
	bend(&p, at, vg.Point{X: min(d.colX[ly], port.X-arrowLen), Y: port.Y})
	p.Line(vg.Point{X: port.X - arrowLen + 1, Y: port.Y})
	c.Stroke(p)
	arrowhead(c, port)
}

// bend adds an S-shaped cubic from a to b that leaves and arrives
// horizontally, as graphviz draws its splines.
func bend(p *vg.Path, a, b vg.Point) {
	mid := (a.X + b.X) / 2
	p.CubeTo(vg.Point{X: mid, Y: a.Y}, vg.Point{X: mid, Y: b.Y}, b)
}

// arrowhead draws a filled arrowhead pointing right with its tip at tip.
func arrowhead(c draw.Canvas, tip vg.Point) {
	c.FillPolygon(inkColor, []vg.Point{
		tip,
		{X: tip.X - arrowLen, Y: tip.Y + arrowHalf},
		{X: tip.X - arrowLen, Y: tip.Y - arrowHalf},
	})
}

// paintNode draws a node's body and its output wire with the labels: the
// forward value above in green and the gradient below in red.
func (d *diagram) paintNode(c draw.Canvas, sty draw.LineStyle, node, fanout int) {
	w := d.c.nodes[node]
	col := d.columnOf(node)
	ctr := d.center(node)
	if w.op == "" {
		at := vg.Point{X: col.x + col.bodyW - 2, Y: ctr.Y}
		c.FillText(d.inputStyle(w), at, w.name)
	} else {
		d.paintGate(c, node, ctr)
	}
	start, end := d.outStart(node), col.stubX
	c.StrokeLine2(sty, start, ctr.Y, end, ctr.Y)
	root := node == len(d.c.nodes)-1
	if root {
		arrowhead(c, vg.Point{X: end + arrowLen, Y: ctr.Y})
		c.StrokeLine2(sty, end, ctr.Y, end+1, ctr.Y)
		if w.op != "" && w.name != "" {
			c.FillText(textStyle(inputFont, inkColor, draw.XLeft, draw.YCenter), vg.Point{X: end + arrowLen + 4, Y: ctr.Y}, w.name)
		}
	}
	if fanout > 1 {
		// The fork: the gradients of the branches add up here (section 4).
		dot := make(vg.Path, 0, 3)
		dot.Move(vg.Point{X: end + 2.6, Y: ctr.Y})
		dot.Arc(vg.Point{X: end, Y: ctr.Y}, 2.6, 0, 2*math.Pi)
		dot.Close()
		c.SetColor(inkColor)
		c.Fill(dot)
	}
	mid := (start + end) / 2
	lh := d.lineHeight()
	above := textStyle(wireFont, valueColor, draw.XCenter, draw.YBottom)
	for i, s := range w.value { // the last line sits on the wire
		c.FillText(above, vg.Point{X: mid, Y: ctr.Y + labelLift + vg.Length(len(w.value)-1-i)*lh}, s)
	}
	below := textStyle(wireFont, gradColor, draw.XCenter, draw.YTop)
	for i, s := range w.grad {
		c.FillText(below, vg.Point{X: mid, Y: ctr.Y - labelLift - vg.Length(i)*lh}, s)
	}
}

// paintGate draws a gate: a circle with its operation inside, or a pill
// when the name is long, and the gate's own label, if it has one, above.
func (d *diagram) paintGate(c draw.Canvas, node int, ctr vg.Point) {
	w := d.c.nodes[node]
	half := d.body(node)/2 - gateRadius // half the straight part of a pill
	var p vg.Path
	p.Move(vg.Point{X: ctr.X + half, Y: ctr.Y - gateRadius})
	p.Arc(vg.Point{X: ctr.X + half, Y: ctr.Y}, gateRadius, -math.Pi/2, math.Pi)
	p.Line(vg.Point{X: ctr.X - half, Y: ctr.Y + gateRadius})
	p.Arc(vg.Point{X: ctr.X - half, Y: ctr.Y}, gateRadius, math.Pi/2, math.Pi)
	p.Close()
	c.SetColor(gateFill)
	c.Fill(p)
	c.SetLineStyle(draw.LineStyle{Color: inkColor, Width: outlineWidth})
	c.Stroke(p)
	c.FillText(d.opStyle(w.op), ctr, w.op)
	if w.name != "" && node != len(d.c.nodes)-1 {
		c.FillText(textStyle(captionFont, mutedColor, draw.XCenter, draw.YBottom),
			vg.Point{X: ctr.X, Y: ctr.Y + gateRadius + 2}, w.name)
	}
}
