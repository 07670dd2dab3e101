package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Parser[T any] interface {
	*T
	Parse(string) error
}

type Port int

func (p *Port) Parse(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("port: %w", err)
	}
	if n < 1 || n > 65535 {
		return fmt.Errorf("port %d out of range", n)
	}
	*p = Port(n)
	return nil
}

type Tags []string

func (t *Tags) Parse(s string) error {
	if s == "" {
		return errors.New("tags: empty")
	}
	*t = strings.Split(s, ",")
	return nil
}

func ParseAll[T any, PT Parser[T]](inputs []string) ([]T, error) {
	out := make([]T, 0, len(inputs))
	var errs []error
	for _, in := range inputs {
		var v T
		if err := PT(&v).Parse(in); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

type Numeric interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Stats[T Numeric](xs []T) (lo, hi T, mean float64) {
	if len(xs) == 0 {
		return
	}
	lo, hi = slices.Min(xs), slices.Max(xs)
	var sum T
	for _, x := range xs {
		sum += x
	}
	return lo, hi, float64(sum) / float64(len(xs))
}

type Keyed[K comparable] interface {
	Key() K
}

type User struct {
	Name string
	Age  int
}

func (u User) Key() string { return strings.ToLower(u.Name) }

func IndexBy[K comparable, V Keyed[K]](vs []V) map[K]V {
	m := make(map[K]V, len(vs))
	for _, v := range vs {
		m[v.Key()] = v
	}
	return m
}

func SortedBy[T any, K cmp.Ordered](xs []T, key func(T) K) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	ports, err := ParseAll[Port]([]string{"80", "x", "443", "70000"})
	fmt.Println(ports, "|", strings.ReplaceAll(fmt.Sprint(err), "\n", " ; "))
	tags, err := ParseAll[Tags]([]string{"a,b", "", "c"})
	fmt.Printf("%q %v\n", tags, err)

	fmt.Println(Stats([]int{4, 8, 15, 16, 23, 42}))
	fmt.Println(Stats([]float32{1.5, -2, 0.25}))
	fmt.Println(Stats[Port](nil))

	users := []User{{"Bob", 31}, {"alice", 25}, {"Carol", 31}, {"dave", 19}}
	idx := IndexBy[string](users)
	fmt.Println(len(idx), idx["bob"], idx["carol"].Age)
	for _, u := range SortedBy(users, func(u User) int { return u.Age }) {
		fmt.Print(u.Name, " ")
	}
	fmt.Println()
	fmt.Println(SortedBy([]string{"pear", "fig", "banana"}, func(s string) int { return len(s) }))

	var st Stack[rune]
	st.Push([]rune("héllo")...)
	var rev []rune
	for r, ok := st.Pop(); ok; r, ok = st.Pop() {
		rev = append(rev, r)
	}
	fmt.Println(string(rev))
	f := Stats[int64]
	fmt.Printf("%T\n", f)
}
