package plotting

import (
	"math"
	"sort"
)

// The diagram is laid out with the layered method of Sugiyama et al., the
// one graphviz's dot uses, in its simplest form:
//
//  1. layers: each node goes one column left of the first gate that uses
//     it, the output in the column of its longest path from the inputs;
//  2. waypoints: a wire that skips columns gets a waypoint in each column it
//     crosses, so it runs between nodes instead of through them;
//  3. order: a few sweeps sort every column by the mean position of its
//     neighbours (the barycenter heuristic), keeping the order with the
//     fewest crossings;
//  4. rows: each node moves toward the mean height of its neighbours, so
//     chains come out straight, while staying in order and apart.

// slot is a place in a column: a node of the circuit or a waypoint.
type slot struct {
	node  int // index into circuit.nodes, or -1 for a waypoint
	layer int
	pos   int     // order within the layer, top first
	y     float64 // height in rows, downward
}

// route is one wire from a node's output to an input of a gate, through the
// waypoints of the columns it skips, left to right.
type route struct {
	from, to, port int
	via            []int // slot ids
}

// link joins slots in adjacent layers, a left of b. off is where the wire
// meets b, in rows below b's centre: gates take their inputs at different
// heights, first argument on top.
type link struct {
	a, b int
	off  float64
}

type layout struct {
	slots  []slot // slot i is node i for i < len(circuit.nodes)
	layers [][]int
	routes []route
	links  []link
}

// newLayout lays out c. portOff(node, k, j) is the offset in rows of input j
// of node's k inputs.
func newLayout(c *circuit, portOff func(node, k, j int) float64) *layout {
	l := &layout{}
	layer := assignLayers(c)
	nl := 0
	for i, ly := range layer {
		l.slots = append(l.slots, slot{node: i, layer: ly})
		nl = max(nl, ly+1)
	}
	for to, w := range c.nodes {
		for j, from := range w.parents {
			r := route{from: from, to: to, port: j}
			prev := from
			for ly := layer[from] + 1; ly < layer[to]; ly++ {
				id := len(l.slots)
				l.slots = append(l.slots, slot{node: -1, layer: ly})
				r.via = append(r.via, id)
				l.links = append(l.links, link{a: prev, b: id})
				prev = id
			}
			l.links = append(l.links, link{a: prev, b: to, off: portOff(to, len(w.parents), j)})
			l.routes = append(l.routes, r)
		}
	}
	l.layers = make([][]int, nl)
	for id, s := range l.slots {
		l.slots[id].pos = len(l.layers[s.layer])
		l.layers[s.layer] = append(l.layers[s.layer], id)
	}
	l.order()
	l.place()
	return l
}

// assignLayers returns each node's column: as far right as its uses allow
// (one column left of its first use), with the output in the column of its
// longest path from the inputs. Placing every node late, not only the
// inputs, keeps side computations next to the gate they feed: the w*x of a
// neuron's last input sits beside the sum that takes it instead of at the
// far left with a wire across the whole picture. Nodes come in topological
// order (parents first), so one pass each way suffices.
func assignLayers(c *circuit) []int {
	n := len(c.nodes)
	depth := make([]int, n) // longest path from the inputs
	for i, w := range c.nodes {
		for _, p := range w.parents {
			depth[i] = max(depth[i], depth[p]+1)
		}
	}
	layer := make([]int, n)
	for i := range layer {
		layer[i] = math.MaxInt
	}
	layer[n-1] = depth[n-1]
	for i := n - 1; i >= 0; i-- {
		for _, p := range c.nodes[i].parents {
			layer[p] = min(layer[p], layer[i]-1)
		}
	}
	lo := math.MaxInt
	for _, ly := range layer {
		lo = min(lo, ly)
	}
	for i := range layer {
		layer[i] -= lo
	}
	return layer
}

// order sorts each layer to reduce crossings: alternate sweeps down (by the
// slots on the left) and up (by those on the right), keeping the best.
func (l *layout) order() {
	best := l.snapshot()
	bestCross := l.crossings()
	for it := 0; it < 8 && bestCross > 0; it++ {
		if it%2 == 0 {
			for ly := 1; ly < len(l.layers); ly++ {
				l.sortLayer(ly, true)
			}
		} else {
			for ly := len(l.layers) - 2; ly >= 0; ly-- {
				l.sortLayer(ly, false)
			}
		}
		if x := l.crossings(); x < bestCross {
			best, bestCross = l.snapshot(), x
		}
	}
	l.layers = best
	for _, ids := range l.layers {
		for p, id := range ids {
			l.slots[id].pos = p
		}
	}
}

func (l *layout) snapshot() [][]int {
	s := make([][]int, len(l.layers))
	for i, ids := range l.layers {
		s[i] = append([]int(nil), ids...)
	}
	return s
}

// sortLayer orders layer ly by the barycenter of its neighbours on the left
// (fromLeft) or on the right. A slot without such neighbours keeps its
// place.
func (l *layout) sortLayer(ly int, fromLeft bool) {
	sum := map[int]float64{}
	cnt := map[int]int{}
	for _, k := range l.links {
		if fromLeft && l.slots[k.b].layer == ly {
			sum[k.b] += float64(l.slots[k.a].pos) - k.off
			cnt[k.b]++
		}
		if !fromLeft && l.slots[k.a].layer == ly {
			sum[k.a] += float64(l.slots[k.b].pos) + k.off
			cnt[k.a]++
		}
	}
	ids := l.layers[ly]
	key := make(map[int]float64, len(ids))
	for _, id := range ids {
		key[id] = float64(l.slots[id].pos)
		if cnt[id] > 0 {
			key[id] = sum[id] / float64(cnt[id])
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return key[ids[i]] < key[ids[j]] })
	for p, id := range ids {
		l.slots[id].pos = p
	}
}

// crossings counts pairs of links between the same two layers that cross.
func (l *layout) crossings() int {
	n := 0
	for i, p := range l.links {
		for _, q := range l.links[i+1:] {
			if l.slots[p.a].layer != l.slots[q.a].layer {
				continue
			}
			da := float64(l.slots[p.a].pos - l.slots[q.a].pos)
			db := float64(l.slots[p.b].pos) + p.off - float64(l.slots[q.b].pos) - q.off
			if da*db < 0 {
				n++
			}
		}
	}
	return n
}

// gap is the least distance in rows between neighbours in a column: a full
// row between nodes (for their labels), less next to a waypoint, which is
// only a wire.
func (l *layout) gap(a, b int) float64 {
	switch wa, wb := l.slots[a].node < 0, l.slots[b].node < 0; {
	case wa && wb:
		return 0.35
	case wa || wb:
		return 0.6
	}
	return 1
}

// place gives each slot its height: Gauss-Seidel sweeps move every slot to
// the mean height of its neighbours, then each layer is fitted to those
// wishes by isotonic regression so that it keeps its order and gaps.
func (l *layout) place() {
	for _, ids := range l.layers {
		y := 0.0
		for p, id := range ids {
			if p > 0 {
				y += l.gap(ids[p-1], id)
			}
			l.slots[id].y = y
		}
	}
	nbrs := make([][]link, len(l.slots)) // links seen from each slot, off signed for it
	for _, k := range l.links {
		nbrs[k.b] = append(nbrs[k.b], link{a: k.a, b: k.b, off: -k.off})
		nbrs[k.a] = append(nbrs[k.a], link{a: k.b, b: k.a, off: k.off})
	}
	for it := 0; it < 30; it++ {
		for i := range l.layers {
			ly := i
			if it%2 == 1 {
				ly = len(l.layers) - 1 - i
			}
			l.fit(ly, nbrs)
		}
	}
	lo := math.Inf(1)
	for _, s := range l.slots {
		lo = math.Min(lo, s.y)
	}
	for i := range l.slots {
		l.slots[i].y -= lo
	}
}

// fit moves layer ly as close as it can, in the least-squares sense, to the
// heights its neighbours pull it to.
func (l *layout) fit(ly int, nbrs [][]link) {
	ids := l.layers[ly]
	target := make([]float64, len(ids))
	offset := 0.0
	for p, id := range ids {
		want := l.slots[id].y
		if len(nbrs[id]) > 0 {
			want = 0
			for _, k := range nbrs[id] {
				want += l.slots[k.a].y + k.off
			}
			want /= float64(len(nbrs[id]))
		}
		if p > 0 {
			offset += l.gap(ids[p-1], id)
		}
		target[p] = want - offset
	}
	fitted := isotonic(target)
	offset = 0
	for p, id := range ids {
		if p > 0 {
			offset += l.gap(ids[p-1], id)
		}
		l.slots[id].y = fitted[p] + offset
	}
}

// isotonic returns the non-decreasing sequence closest to t in the least
// squares sense (pool adjacent violators).
func isotonic(t []float64) []float64 {
	type block struct {
		sum float64
		n   int
	}
	var bs []block
	for _, v := range t {
		bs = append(bs, block{v, 1})
		for len(bs) > 1 {
			a, b := bs[len(bs)-2], bs[len(bs)-1]
			if a.sum/float64(a.n) <= b.sum/float64(b.n) {
				break
			}
			bs = append(bs[:len(bs)-2], block{a.sum + b.sum, a.n + b.n})
		}
	}
	out := make([]float64, 0, len(t))
	for _, b := range bs {
		for i := 0; i < b.n; i++ {
			out = append(out, b.sum/float64(b.n))
		}
	}
	return out
}
