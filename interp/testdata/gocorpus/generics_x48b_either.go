package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Either[L, R any] interface {
	isEither()
	fmt.Stringer
}

type Left[L, R any] struct{ Value L }
type Right[L, R any] struct{ Value R }

func (Left[L, R]) isEither()  {}
func (Right[L, R]) isEither() {}

func (l Left[L, R]) String() string  { return fmt.Sprintf("Left(%v)", l.Value) }
func (r Right[L, R]) String() string { return fmt.Sprintf("Right(%v)", r.Value) }

func Match[L, R, T any](e Either[L, R], onL func(L) T, onR func(R) T) T {
	switch v := e.(type) {
	case Left[L, R]:
		return onL(v.Value)
	case Right[L, R]:
		return onR(v.Value)
	}
	panic("unreachable")
}

func Partition[L, R any](es []Either[L, R]) ([]L, []R) {
	var ls []L
	var rs []R
	for _, e := range es {
		Match(e,
			func(l L) struct{} { ls = append(ls, l); return struct{}{} },
			func(r R) struct{} { rs = append(rs, r); return struct{}{} })
	}
	return ls, rs
}

func parseField(s string) Either[string, float64] {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return Left[string, float64]{fmt.Sprintf("bad %q", s)}
	}
	return Right[string, float64]{f}
}

func main() {
	var parsed []Either[string, float64]
	for _, f := range strings.Split("3.5, 2, x, 1e3, , -0.25", ",") {
		parsed = append(parsed, parseField(f))
	}
	for _, p := range parsed {
		fmt.Printf("%v %T\n", p, p)
	}
	errs, nums := Partition(parsed)
	fmt.Printf("%q\n%v\n", errs, nums)
	desc := Match(parsed[2], func(s string) int { return -len(s) }, func(f float64) int { return int(f) })
	fmt.Println(desc)
	var e Either[int, bool] = Right[int, bool]{true}
	_, isLeft := e.(Left[int, bool])
	fmt.Println(e, isLeft)
	fmt.Printf("%+v %#v\n", Left[int, string]{4}, Right[int, string]{"ok"})
}
