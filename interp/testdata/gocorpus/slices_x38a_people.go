package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Gopher", 13},
		{"Alice", 55},
		{"Bob", 24},
		{"Alice", 20},
		{"Carol", 24},
	}

	slices.SortFunc(people, func(a, b Person) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	i, found := slices.BinarySearchFunc(people, 24, func(p Person, age int) int {
		return cmp.Compare(p.Age, age)
	})
	fmt.Println("age 24 at", i, found)

	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("oldest: %+v\n", oldest)

	idx := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Bob" })
	fmt.Println("Bob at", idx)
	people = slices.Delete(people, idx, idx+1)
	people = slices.Insert(people, 1, Person{"Dave", 17})
	fmt.Println(people)

	names := make([]string, 0, len(people))
	for _, p := range people {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	fmt.Println(names, slices.Compact(slices.Clone(names)))
	fmt.Println(slices.Contains(names, "Carol"), slices.Index(names, "Zed"))

	nums := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sorted := slices.Sorted(slices.Values(nums))
	fmt.Println(sorted, slices.IsSorted(sorted), slices.IsSorted(nums))
	fmt.Println(slices.Min(nums), slices.Max(nums))
	uniq := slices.Compact(sorted)
	fmt.Println(uniq, len(uniq))
	slices.Reverse(uniq)
	fmt.Println(uniq)
	fmt.Println(slices.Equal(nums[:3], []int{3, 1, 4}))

	chunks := [][]int{}
	for c := range slices.Chunk(nums, 4) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)

	grow := slices.Grow([]int{1}, 10)
	fmt.Println(len(grow), cap(grow) >= 11)
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 == 1 })
	fmt.Println(nums)
	for i, v := range slices.Backward(nums) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
