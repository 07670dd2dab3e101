// Exercises: type switch with multiple types per case, interface embedding, nil interface vs typed nil, fmt.Stringer in switch
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (s Sq) Name() string     { return "square" }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }
func (c *Circ) String() string {
	if c == nil {
		return "nil circle"
	}
	return fmt.Sprintf("circle(%g)", c.R)
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case NamedShape:
		return "named shape " + v.Name()
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case io.Reader:
		return "reader"
	case []any:
		parts := []string{}
		for _, e := range v {
			parts = append(parts, classify(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var c *Circ
	var s Shape = c
	fmt.Println(s == nil, s != nil)
	fmt.Println(classify(nil), "|", classify(3), "|", classify(int64(4)))
	fmt.Println(classify(Sq{2}), "|", classify(&Circ{1}), "|", classify(c))
	fmt.Println(classify(errors.New("boom")), "|", classify(strings.NewReader("x")))
	fmt.Println(classify([]any{1.5, "s", Sq{1}, nil}))
}
