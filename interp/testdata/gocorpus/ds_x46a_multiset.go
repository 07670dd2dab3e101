package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Bag[T cmp.Ordered] map[T]int

func BagOf[T cmp.Ordered](xs ...T) Bag[T] {
	b := Bag[T]{}
	for _, x := range xs {
		b.Add(x, 1)
	}
	return b
}

func (b Bag[T]) Add(x T, n int) { b[x] += n }

func (b Bag[T]) RemoveOne(x T) error {
	c, ok := b[x]
	if !ok {
		return fmt.Errorf("bag: no %v to remove", x)
	}
	if c == 1 {
		delete(b, x)
	} else {
		b[x] = c - 1
	}
	return nil
}

func (b Bag[T]) Size() int {
	n := 0
	for _, c := range b {
		n += c
	}
	return n
}

func (b Bag[T]) Sum(o Bag[T]) Bag[T] {
	r := maps.Clone(b)
	for k, v := range o {
		r[k] += v
	}
	return r
}

func (b Bag[T]) Common(o Bag[T]) Bag[T] {
	r := Bag[T]{}
	for k, v := range b {
		if w, ok := o[k]; ok {
			r[k] = min(v, w)
		}
	}
	return r
}

func (b Bag[T]) MostCommon(n int) []T {
	keys := slices.Collect(maps.Keys(b))
	slices.SortFunc(keys, func(x, y T) int {
		if c := cmp.Compare(b[y], b[x]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	return keys[:min(n, len(keys))]
}

func (b Bag[T]) String() string {
	var sb strings.Builder
	sb.WriteString("Bag(")
	for i, k := range slices.Sorted(maps.Keys(b)) {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v×%d", k, b[k])
	}
	sb.WriteString(")")
	return sb.String()
}

func isAnagram(a, b string) bool {
	return maps.Equal(BagOf([]rune(a)...), BagOf([]rune(b)...))
}

func main() {
	words := strings.Fields("to be or not to be that is the question to be")
	b := BagOf(words...)
	fmt.Println(b)
	fmt.Println("size:", b.Size(), "distinct:", len(b))
	fmt.Println("top 3:", b.MostCommon(3))
	fmt.Println(b.RemoveOne("that"), b.RemoveOne("that"))
	fmt.Println(b.RemoveOne("be"), b["be"])

	x := BagOf(1, 1, 2, 3, 3, 3)
	y := BagOf(1, 3, 3, 4)
	fmt.Println("sum:", x.Sum(y))
	fmt.Println("common:", x.Common(y))
	fmt.Printf("%v %d\n", map[int]int(x), len(x))

	for _, p := range [][2]string{{"listen", "silent"}, {"abc", "abd"}, {"dormitory", "dirtyroom"}} {
		fmt.Printf("%s/%s anagram=%t\n", p[0], p[1], isAnagram(p[0], p[1]))
	}
	letters := BagOf([]rune("mississippi")...)
	fmt.Println(letters, string(letters.MostCommon(2)))
}
