package autodiff

// topoSort returns the nodes reachable from root through parents, each one
// after all of its parents: leaves first, root last. Running the chain-rule
// steps in the reverse of this order guarantees that a node's gradient is
// complete before it is passed on (lecture section 5).
//
// The depth-first search keeps its own stack instead of recursing, so a chain
// of 100,000 gates costs memory, not a stack overflow.
func topoSort[N comparable](root N, parents func(N) []N) []N {
	type frame struct {
		node N
		next int // index of the next parent to visit
	}
	var order []N
	seen := map[N]bool{root: true}
	stack := []frame{{node: root}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		ps := parents(top.node)
		if top.next < len(ps) {
			p := ps[top.next]
			top.next++
			if !seen[p] {
				seen[p] = true
				stack = append(stack, frame{node: p})
			}
			continue
		}
		order = append(order, top.node)
		stack = stack[:len(stack)-1]
	}
	return order
}
