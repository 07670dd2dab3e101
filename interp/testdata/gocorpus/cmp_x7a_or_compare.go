// Exercises: cmp.Or for defaults over strings/ints/structs, cmp.Compare with NaN, cmp.Less, sorting versions
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Config struct {
	Host string
	Port int
}

type version struct{ major, minor, patch int }

func parse(s string) version {
	p := strings.Split(strings.TrimPrefix(s, "v"), ".")
	n := func(i int) int { v, _ := strconv.Atoi(p[i]); return v }
	return version{n(0), n(1), n(2)}
}

func main() {
	var user Config
	def := Config{"localhost", 8080}
	host := cmp.Or(user.Host, "", def.Host)
	port := cmp.Or(user.Port, def.Port)
	fmt.Println(host, port)
	fmt.Println(cmp.Or(Config{}, def, Config{"x", 1}))
	fmt.Println(cmp.Compare(math.NaN(), 1.0), cmp.Compare(1.0, math.NaN()), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(cmp.Less(math.NaN(), math.Inf(-1)), cmp.Less(2, 1))
	vs := []string{"v1.10.0", "v1.2.3", "v0.9.9", "v1.2.10"}
	slices.SortFunc(vs, func(a, b string) int {
		x, y := parse(a), parse(b)
		return cmp.Or(cmp.Compare(x.major, y.major), cmp.Compare(x.minor, y.minor), cmp.Compare(x.patch, y.patch))
	})
	fmt.Println(vs)
}
