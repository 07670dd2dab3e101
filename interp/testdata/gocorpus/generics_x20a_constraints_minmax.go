package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func MinMax[T Ordered](xs ...T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

type Integer interface {
	~int | ~int32 | ~int64 | ~uint8
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Clamp[T Ordered](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

type Grade uint8
type Name string

func (n Name) Initial() string { return strings.ToUpper(string(n[:1])) }

type Stringish interface {
	~string
	Initial() string
}

func Initials[S Stringish](names []S) string {
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n.Initial())
	}
	return b.String()
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	lo, hi, ok := MinMax(3, 9, -2, 7)
	fmt.Println(lo, hi, ok)
	s1, s2, _ := MinMax("pear", "apple", "zucchini", "fig")
	fmt.Println(s1, s2)
	_, _, ok = MinMax[float64]()
	fmt.Println(ok)
	f1, f2, _ := MinMax(2.5, -0.5, 1e3)
	fmt.Println(f1, f2)
	fmt.Println(GCD(48, 18), GCD[int64](1071, 462), GCD(Grade(100), Grade(75)))
	fmt.Printf("%T %v\n", GCD(Grade(12), 8), GCD(Grade(12), 8))
	for _, x := range []int{-5, 5, 50} {
		fmt.Print(Clamp(x, 0, 10), " ")
	}
	fmt.Println(Clamp("m", "a", "f"), Clamp(0.3, 0.0, 1.0))
	fmt.Println(Initials([]Name{"ada", "grace", "linus"}))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}), Keys(map[[2]int]string{}))
	type Score int16
	sc, sh, _ := MinMax[Score](10, 200, -30)
	fmt.Printf("%d %d %T\n", sc, sh, sc)
}
