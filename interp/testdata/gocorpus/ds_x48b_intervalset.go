package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval[T cmp.Ordered] struct{ Lo, Hi T }

func (iv Interval[T]) String() string { return fmt.Sprintf("[%v,%v)", iv.Lo, iv.Hi) }

type IntervalSet[T cmp.Ordered] struct {
	ivs []Interval[T]
}

func (s *IntervalSet[T]) Add(lo, hi T) {
	if lo >= hi {
		return
	}
	s.ivs = append(s.ivs, Interval[T]{lo, hi})
	slices.SortFunc(s.ivs, func(a, b Interval[T]) int { return cmp.Compare(a.Lo, b.Lo) })
	merged := s.ivs[:1]
	for _, iv := range s.ivs[1:] {
		last := &merged[len(merged)-1]
		if iv.Lo <= last.Hi {
			last.Hi = max(last.Hi, iv.Hi)
		} else {
			merged = append(merged, iv)
		}
	}
	s.ivs = merged
}

func (s *IntervalSet[T]) Contains(x T) bool {
	i, found := slices.BinarySearchFunc(s.ivs, x, func(iv Interval[T], t T) int {
		return cmp.Compare(iv.Lo, t)
	})
	if found {
		return true
	}
	return i > 0 && x < s.ivs[i-1].Hi
}

func (s *IntervalSet[T]) Intersect(o *IntervalSet[T]) *IntervalSet[T] {
	out := &IntervalSet[T]{}
	i, j := 0, 0
	for i < len(s.ivs) && j < len(o.ivs) {
		lo := max(s.ivs[i].Lo, o.ivs[j].Lo)
		hi := min(s.ivs[i].Hi, o.ivs[j].Hi)
		if lo < hi {
			out.ivs = append(out.ivs, Interval[T]{lo, hi})
		}
		if s.ivs[i].Hi < o.ivs[j].Hi {
			i++
		} else {
			j++
		}
	}
	return out
}

func main() {
	var busy IntervalSet[int]
	for _, iv := range [][2]int{{9, 10}, {13, 15}, {9, 11}, {14, 17}, {8, 8}, {20, 21}, {17, 18}} {
		busy.Add(iv[0], iv[1])
	}
	fmt.Println(busy.ivs)
	for _, h := range []int{8, 9, 11, 16, 18, 20} {
		fmt.Printf("%d:%v ", h, busy.Contains(h))
	}
	fmt.Println()
	var other IntervalSet[int]
	other.Add(10, 14)
	other.Add(16, 22)
	fmt.Println(busy.Intersect(&other).ivs)

	var words IntervalSet[string]
	words.Add("apple", "cherry")
	words.Add("banana", "date")
	words.Add("kiwi", "lime")
	fmt.Println(words.ivs, words.Contains("coconut"), words.Contains("fig"))
	var fs IntervalSet[float64]
	fs.Add(0.5, 1.5)
	fs.Add(1.5, 2.25)
	fmt.Printf("%v %d\n", fs.ivs, len(fs.ivs))
}
