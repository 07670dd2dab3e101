// Exercises: a map of command names to method values bound to one calculator instance.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Calc struct {
	acc     float64
	history []string
}

func (c *Calc) Add(x float64) { c.acc += x; c.log("add", x) }
func (c *Calc) Sub(x float64) { c.acc -= x; c.log("sub", x) }
func (c *Calc) Mul(x float64) { c.acc *= x; c.log("mul", x) }
func (c *Calc) Div(x float64) {
	if x == 0 {
		c.log("div-by-zero-ignored", x)
		return
	}
	c.acc /= x
	c.log("div", x)
}
func (c *Calc) log(op string, x float64) {
	c.history = append(c.history, fmt.Sprintf("%s %g = %g", op, x, c.acc))
}

func main() {
	c := &Calc{}
	cmds := map[string]func(float64){
		"add": c.Add, "sub": c.Sub, "mul": c.Mul, "div": c.Div,
	}
	script := "add 10; mul 3; sub 4.5; div 0; div 2; pow 2"
	for _, stmt := range strings.Split(script, ";") {
		var name string
		var arg float64
		fmt.Sscan(strings.TrimSpace(stmt), &name, &arg)
		f, ok := cmds[name]
		if !ok {
			fmt.Println("unknown command:", name)
			continue
		}
		f(arg)
	}
	fmt.Println(strings.Join(c.history, "\n"))
	fmt.Println("result:", c.acc)
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
