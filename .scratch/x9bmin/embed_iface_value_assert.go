// Go prints "ann true ANN"; the session: CompileError "impossible type assertion: main.upper does not implement main.Named (missing Name method)" - a method promoted from an embedded interface field is not counted when checking a type assertion.
package main

import (
	"fmt"
	"strings"
)

type Named interface{ Name() string }

type fixed string

func (f fixed) Name() string { return string(f) }

type upper struct{ Named }

func (u upper) Shout() string { return strings.ToUpper(u.Name()) }

func main() {
	var n Named = upper{fixed("ann")}
	u, ok := n.(upper)
	fmt.Println(n.Name(), ok, u.Shout())
}
