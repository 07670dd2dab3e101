// Exercises: a map of funcs as a dispatch table, method values stored in a map, comma-ok lookup of a func, variadic funcs in map
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Calc struct{ stack []float64 }

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }
func (c *Calc) pop() float64 {
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v
}

func (c *Calc) binary(f func(a, b float64) float64) func() {
	return func() { b, a := c.pop(), c.pop(); c.push(f(a, b)) }
}

func (c *Calc) dup() { v := c.pop(); c.push(v); c.push(v) }

func main() {
	c := &Calc{}
	ops := map[string]func(){
		"+":   c.binary(func(a, b float64) float64 { return a + b }),
		"-":   c.binary(func(a, b float64) float64 { return a - b }),
		"*":   c.binary(func(a, b float64) float64 { return a * b }),
		"dup": c.dup,
	}
	for _, tok := range strings.Fields("3 4 + dup * 2 - 10 swap") {
		if op, ok := ops[tok]; ok {
			op()
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		c.push(v)
	}
	fmt.Println(c.stack)
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names, ops["nope"] == nil)
}
