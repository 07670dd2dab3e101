package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T#", t.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V#", v.n) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Wrap struct {
	T  T
	PT *T
	V  V
	PV *V
}

func main() {
	t := T{1}
	fmt.Println(t, &t, []T{{2}}, []*T{{3}})
	v := V{4}
	fmt.Println(v, &v, []V{{5}}, []*V{{6}})
	fmt.Printf("%v %+v\n", Wrap{T{7}, &T{8}, V{9}, &V{10}}, Wrap{})
	var err error
	fmt.Printf("%v %s %d\n", err, err, err)
	fmt.Println(E{"val"}, &E{"ptr"}, errors.New("x"))
	m := map[V]T{{1}: {2}}
	fmt.Println(m)
}
