package interp

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// yaegi v0.16.1 compiles the methods of a generic type for each instance
// in the order they were declared, and a method's body could only call the
// methods compiled before it: with PushAll declared above Push,
// Stack[int]'s PushAll failed with "undefined selector: Push". Go lets a
// method call any method of its type, so the methods of a generic type
// evaluated together are handed to yaegi callees first. Their lines stay
// the cell's through //line directives, so errors and tracebacks still
// point at the cell.

// calleesFirst returns the order in which to evaluate members, the
// declarations of one group in cell order: each method of a generic type
// after the methods of that type it mentions and after its printing
// methods, everything else where it is. Methods that call each other keep
// their cell order.
func calleesFirst(members []piece) []int {
	deps := make([][]int, len(members))
	recvs := make([]string, len(members))
	for i := range members {
		recvs[i] = genericReceiver(members[i])
	}
	for i := range members {
		if recvs[i] == "" {
			continue
		}
		for j := range members {
			if j != i && recvs[j] == recvs[i] && mentionsMethodOf(members[i], members[j]) {
				deps[i] = append(deps[i], j)
			}
		}
	}
	// A printing method goes before the other methods, unless it calls
	// them (String ranging over s.All()): calls come first.
	calls := reach(deps)
	soft := make([][]int, len(members))
	for i := range members {
		soft[i] = append(soft[i], deps[i]...)
		if recvs[i] == "" || printingMethod(members[i]) {
			continue
		}
		for j := range members {
			if j != i && recvs[j] == recvs[i] && printingMethod(members[j]) && !calls[j][i] {
				soft[i] = append(soft[i], j)
			}
		}
	}
	var order []int
	for _, c := range components(soft) {
		order = append(order, c...)
	}
	return order
}

// reach returns, for each node of a graph given by its edges, the nodes
// it reaches.
func reach(edges [][]int) []map[int]bool {
	out := make([]map[int]bool, len(edges))
	for i := range edges {
		seen := map[int]bool{}
		stack := append([]int(nil), edges[i]...)
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !seen[n] {
				seen[n] = true
				stack = append(stack, edges[n]...)
			}
		}
		out[i] = seen
	}
	return out
}

// printingMethod reports whether p declares a method fmt or encoding/json
// call (String, Error, ...). Those go first: a stand-in in another method's
// body may name them on another instance of the type, which that method
// makes (Swap() Pair[V, K]) while the first instance still lacks them
// ("undefined selector: String").
func printingMethod(p piece) bool {
	fd, ok := p.decl.(*ast.FuncDecl)
	if !ok {
		return false
	}
	switch fd.Name.Name {
	case "String", "Error", "GoString", "Format", "MarshalJSON", "MarshalText":
		return true
	}
	return false
}

// genericReceiver returns the name of the generic type p is a method of,
// or "".
func genericReceiver(p piece) string {
	fd, ok := p.decl.(*ast.FuncDecl)
	if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t := t.(type) {
	case *ast.IndexExpr:
		if id, ok := t.X.(*ast.Ident); ok {
			return id.Name
		}
	case *ast.IndexListExpr:
		if id, ok := t.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// mentionsMethodOf reports whether p mentions the method q declares.
func mentionsMethodOf(p, q piece) bool {
	fd, ok := q.decl.(*ast.FuncDecl)
	return ok && p.refs[fd.Name.Name]
}

// reorderedGroupSource joins members' sources in order, each preceded by
// a //line directive giving its line counted from the first member's.
func reorderedGroupSource(members []piece, srcs []string, order []int) string {
	var b strings.Builder
	for _, i := range order {
		fmt.Fprintf(&b, "\n//line %s:%d:%d\n%s", interp.DefaultSourceName, members[i].line-members[0].line+1, members[i].col, srcs[i])
	}
	return b.String()
}
