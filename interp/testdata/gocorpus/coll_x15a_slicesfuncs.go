package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	students := []Student{
		{"Ana", 10, 88.5}, {"Ben", 11, 92}, {"Cara", 10, 75}, {"Dev", 12, 92},
		{"Eli", 11, 67.5}, {"Fay", 12, 99}, {"Gus", 10, 88.5},
	}
	byGrade := GroupBy(students, func(s Student) int { return s.Grade })
	for _, g := range slices.Sorted(maps.Keys(byGrade)) {
		ss := byGrade[g]
		avg := Reduce(ss, 0.0, func(a float64, s Student) float64 { return a + s.Score }) / float64(len(ss))
		best := slices.MaxFunc(ss, func(a, b Student) int { return cmp.Compare(a.Score, b.Score) })
		fmt.Printf("grade %d: n=%d avg=%.2f best=%s\n", g, len(ss), avg, best.Name)
	}
	sorted := slices.Clone(students)
	slices.SortStableFunc(sorted, func(a, b Student) int {
		return cmp.Or(-cmp.Compare(a.Score, b.Score), strings.Compare(a.Name, b.Name))
	})
	for i, s := range sorted[:4] {
		fmt.Print(i+1, ".", s.Name, " ")
	}
	fmt.Println()
	scores := make([]float64, 0, len(students))
	for _, s := range students {
		scores = append(scores, s.Score)
	}
	slices.Sort(scores)
	fmt.Println(scores, slices.Compact(slices.Clone(scores)))
	i, found := slices.BinarySearch(scores, 92)
	j, found2 := slices.BinarySearch(scores, 80)
	fmt.Println(i, found, j, found2)
	k, _ := slices.BinarySearchFunc(sorted, 88.5, func(s Student, t float64) int { return cmp.Compare(t, s.Score) })
	fmt.Println(k, sorted[k].Name)
	names := slices.Collect(func(yield func(string) bool) {
		for _, s := range students {
			if !yield(strings.ToLower(s.Name)) {
				return
			}
		}
	})
	fmt.Println(names, slices.Index(names, "dev"), slices.Contains(names, "zed"))
	names = slices.Insert(names, 2, "new1", "new2")
	names = slices.Delete(names, 0, 1)
	fmt.Println(names, len(names))
	fmt.Println(slices.Equal(names[:2], []string{"ben", "new1"}), slices.Repeat([]int{1, 2}, 3))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	m2["z"] = 26
	fmt.Println(m, m2, maps.Equal(m, m2))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, slices.Concat([]int{9}, []int{8, 7}, nil, []int{6}))
	r := []int{5, 1, 4}
	slices.Reverse(r)
	fmt.Println(r, slices.Min(r), slices.IsSorted(r))
}
