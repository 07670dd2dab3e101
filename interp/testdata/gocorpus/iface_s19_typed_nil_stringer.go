// Exercises: a nil pointer of a type whose String serves the nil receiver, kept in a fmt.Stringer: non-nil, printed through String, asserted back, compared
package main

import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l == nil {
		return "()"
	}
	return fmt.Sprintf("(%d %v)", l.v, l.next)
}

func main() {
	var l *List
	var s fmt.Stringer = l
	fmt.Println(s == nil, s, s.String())
	back, ok := s.(*List)
	fmt.Println(back == nil, ok, s == (*List)(nil), s == l)
	fmt.Printf("%T %v %s\n", s, s, s)
	items := []fmt.Stringer{l, &List{1, &List{2, nil}}}
	fmt.Println(items)
}
