// Exercises: values of the notebook's types with String (structs, a named int, a promoted String, an error with String) in fmt.Stringer: slices, maps, fields, channels, variadic args, generics, ==, assertions, type switches, json, %T/%+v/%q
package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

type Money struct {
	Cur   string
	Cents int
}

func (m Money) String() string { return fmt.Sprintf("%s %d", m.Cur, m.Cents) }

type Cents int

func (c Cents) String() string { return fmt.Sprint(int(c), "c") }

type Inner struct{ N int }

func (i Inner) String() string { return fmt.Sprint("inner", i.N) }

type Outer struct {
	Inner
	Tag string
}

type Ptr struct{ s string }

func (p *Ptr) String() string { return "ptr:" + p.s }

type Both struct{ code int }

func (b Both) String() string { return "both" }
func (b Both) Error() string  { return "boths error" }

type Area interface {
	String() string
	Area() float64
}

type Sq struct{ s float64 }

func (s Sq) String() string { return fmt.Sprint("sq", s.s) }
func (s Sq) Area() float64  { return s.s * s.s }

type Holder struct {
	S fmt.Stringer
}

func first(xs ...fmt.Stringer) fmt.Stringer {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

func join[T fmt.Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func describe(s fmt.Stringer) string {
	switch v := s.(type) {
	case Money:
		return "money " + v.Cur
	case Cents, Inner:
		return fmt.Sprintf("small %v", v)
	case *Ptr:
		return "ptr " + v.s
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	m := Money{"EUR", 5}
	var s fmt.Stringer = m
	m.Cents = 99
	fmt.Println(s, m)
	all := []fmt.Stringer{m, Cents(3), Outer{Inner{4}, "t"}, &Ptr{"p"}, Both{1}, Sq{2}, nil}
	for _, x := range all {
		fmt.Printf("%T|%v|%s|%+v|%q\n", x, x, x, x, describe(x))
	}
	mp := map[string]fmt.Stringer{"a": Money{"USD", 1}, "b": Cents(2)}
	fmt.Println(mp)
	h := Holder{Money{"GBP", 7}}
	fmt.Printf("%+v %v\n", h, h.S)
	ch := make(chan fmt.Stringer, 2)
	ch <- Cents(8)
	ch <- Money{"JPY", 9}
	fmt.Println(<-ch, <-ch)
	fmt.Println(first(Money{"CHF", 10}, Cents(1)))
	fmt.Println(join([]Money{{"A", 1}, {"B", 2}}))
	fmt.Println(s == Money{"EUR", 5}, s == Money{"EUR", 6}, all[1] == Cents(3), all[1] == fmt.Stringer(Cents(4)))
	mo, ok := s.(Money)
	fmt.Println(mo.Cents, ok)
	_, ok = all[1].(Money)
	c, ok2 := all[1].(Cents)
	fmt.Println(ok, c, ok2)
	a, ok := all[5].(Area)
	fmt.Println(ok, a != nil && a.Area() == 4)
	var anyv any = s
	mm, ok := anyv.(Money)
	fmt.Println(mm, ok)
	b, _ := json.Marshal(all[:3])
	fmt.Println(string(b))
	slices.SortFunc(all[:6], func(a, b fmt.Stringer) int { return strings.Compare(a.String(), b.String()) })
	fmt.Println(all[:6])
	fmt.Printf("%v %d\n", Cents(5), Cents(5))
	var e error = Both{2}
	fmt.Println(e, fmt.Stringer(Both{3}))
}
