// Exercises: multiple return values, the blank identifier, named results with a bare return, passing results straight into calls
package main

import (
	"fmt"
	"strings"
)

func splitName(full string) (string, string) {
	first, rest, _ := strings.Cut(full, " ")
	return first, rest
}

func stats(xs []float64) (mean, spread float64, n int) {
	n = len(xs)
	if n == 0 {
		return
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		mean += x
		lo, hi = min(lo, x), max(hi, x)
	}
	mean /= float64(n)
	spread = hi - lo
	return
}

func parsePair(s string) (key string, value int, err error) {
	k, v, ok := strings.Cut(s, ":")
	if !ok {
		return "", 0, fmt.Errorf("parsePair %q: missing colon", s)
	}
	_, err = fmt.Sscan(v, &value)
	return k, value, err
}

func join(a, b string) string { return b + ", " + a }

func main() {
	f, l := splitName("Grace Brewster Hopper")
	fmt.Printf("%q %q\n", f, l)
	_, only := splitName("Mononym")
	fmt.Printf("%q\n", only)

	fmt.Println(stats([]float64{2, 4, 9}))
	m, _, count := stats(nil)
	fmt.Println(m, count)

	for _, in := range []string{"width:40", "height", "depth:x"} {
		k, v, err := parsePair(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(k, "=", v)
	}

	fmt.Println(join(splitName("Alan Turing")))
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
}
