// Exercises: structs embedding interfaces of the standard library (sort.Interface, io.Reader and io.Writer, error, fmt.Stringer), overriding one promoted method, and used as those interfaces
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type rw struct {
	io.Reader
	io.Writer
	name string
}

type annotated struct {
	error
	where string
}

func (a annotated) Unwrap() error { return a.error }

type shout struct{ fmt.Stringer }

func (s shout) String() string { return strings.ToUpper(s.Stringer.String()) }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fc", float64(c)) }

var errBase = errors.New("base failure")

func main() {
	xs := []int{5, 2, 8, 1}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	words := sort.StringSlice{"pear", "apple", "fig"}
	sort.Sort(reverse{Interface: words})
	fmt.Println(words, sort.IsSorted(reverse{words}))

	var out bytes.Buffer
	x := rw{Reader: strings.NewReader("copy me"), Writer: &out, name: "pipe"}
	n, err := io.Copy(x, x)
	fmt.Println(n, err, out.String(), x.name)
	fmt.Printf("%T\n", x.Reader)

	var e error = annotated{errBase, "load"}
	fmt.Println(e, errors.Is(e, errBase))
	fmt.Printf("%v|%+v\n", e, annotated{errBase, "save"})

	var s fmt.Stringer = shout{celsius(21.5)}
	fmt.Println(s, s.String())
}
