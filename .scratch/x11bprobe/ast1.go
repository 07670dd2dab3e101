package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
)

func main() {
	src := `package p
func add(a, b int) int { return a + b }
func main() { x := add(1, 2); println(x * 3) }`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		panic(err)
	}
	counts := map[string]int{}
	var idents []string
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			idents = append(idents, x.Name)
		case *ast.BinaryExpr:
			counts["binary "+x.Op.String()]++
		case *ast.CallExpr:
			counts["call"]++
		case ast.Stmt:
			counts[fmt.Sprintf("%T", x)]++
		}
		return true
	})
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(idents)
	fmt.Println(fset.Position(f.Decls[1].Pos()))
}
