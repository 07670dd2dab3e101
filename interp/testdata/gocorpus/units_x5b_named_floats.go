// Exercises: named float types (Loss, LR, Accuracy) with String methods, put into interfaces, any slices and fmt verbs
package main

import (
	"fmt"
	"sort"
)

type Loss float64
type LR float64
type Accuracy float64

func (l Loss) String() string     { return fmt.Sprintf("loss=%.4f", float64(l)) }
func (r LR) String() string       { return fmt.Sprintf("lr=%g", float64(r)) }
func (a Accuracy) String() string { return fmt.Sprintf("%.1f%%", 100*float64(a)) }

type Metric interface{ String() string }

func describe(v any) string {
	switch x := v.(type) {
	case Loss:
		return "a loss " + x.String()
	case LR:
		return "a rate " + x.String()
	case fmt.Stringer:
		return "a stringer " + x.String()
	case float64:
		return fmt.Sprintf("plain %v", x)
	}
	return "?"
}

func main() {
	var l Loss = 2.302585
	r := LR(1e-3)
	acc := Accuracy(0.9184)
	fmt.Println(l, r, acc)
	fmt.Printf("%v %s %.2f %g\n", l, r, l, r)
	ms := []Metric{l, r, acc}
	for _, m := range ms {
		fmt.Printf("%T %v\n", m, m)
	}
	for _, v := range []any{l, r, acc, 0.5} {
		fmt.Println(describe(v))
	}
	losses := []Loss{0.9, 0.3, 0.6}
	sort.Slice(losses, func(i, j int) bool { return losses[i] < losses[j] })
	fmt.Println(losses)
	fmt.Printf("%+v\n", struct {
		L  Loss
		LR LR
	}{0.25, 0.1})
	total := l + Loss(r)
	fmt.Println(total, total > l)
}
