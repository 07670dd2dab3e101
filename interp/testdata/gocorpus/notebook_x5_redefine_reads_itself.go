// Exercises: a := that defines (or defines again) a name its own values
// read: a variable refined step by step, a package variable or function
// shadowed by main's local of the same name, a loop variable redeclared
// in the loop's body and captured by closures.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

var total = 10

var mask = 1

func count() int { return 3 }

type Counter struct{ n int }

func (c *Counter) Next() (*Counter, error) { return &Counter{c.n + 1}, nil }

func main() {
	s := "go"
	s, n := s+"pher", 1
	fmt.Println(s, n)
	parts := []string{"a"}
	parts, extra := append(parts, "b"), len(parts)
	fmt.Println(parts, extra)
	total := total * 2
	count := count()
	shift := 3
	mask := mask << shift
	fmt.Println(total, count, mask)
	c := &Counter{1}
	c, err := c.Next()
	fmt.Println(c.n, err)
	t := template.New("t")
	t, err = t.Parse("{{.}}!\n")
	t.Execute(os.Stdout, strings.ToUpper(s))
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i * 10
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{1, 2} {
		v := v + 100
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for epoch := 0; epoch < 3; epoch++ {
		epoch := epoch + 1
		fmt.Print("epoch ", epoch, " ")
	}
	fmt.Println()
}
