package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type R struct{ w, h float64 }

func (r R) Area() float64 { return r.w * r.h }

func main() {
	area := Shape.Area
	shapes := []Shape{Sq(2), R{1, 3}, Sq(1)}
	sort.Slice(shapes, func(i, j int) bool { return area(shapes[i]) < area(shapes[j]) })
	for _, s := range shapes {
		fmt.Print(area(s), " ")
	}
	fmt.Println()
	err := errors.New("boom")
	msg := err.Error
	fmt.Println(msg(), strings.ToUpper(msg()))
	var st fmt.Stringer = &strings.Builder{}
	str := st.String
	st.(*strings.Builder).WriteString("late")
	fmt.Printf("%q\n", str())
	up := strings.ToUpper
	fns := map[string]func(string) string{"up": up, "title": strings.ToTitle, "trim": strings.TrimSpace}
	fmt.Println(fns["up"]("a"), fns["trim"]("  b "))
}
