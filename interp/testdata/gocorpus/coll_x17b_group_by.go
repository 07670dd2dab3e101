package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SumBy[T any](xs []T, f func(T) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	emps := []Employee{
		{"ann", "eng", 120, []string{"go", "k8s"}},
		{"bob", "eng", 100, []string{"go", "sql"}},
		{"cy", "ops", 90, []string{"k8s", "bash"}},
		{"di", "sales", 80, nil},
		{"ed", "ops", 95, []string{"bash"}},
	}
	groups := GroupBy(emps, func(e Employee) string { return e.Dept })
	for _, d := range slices.Sorted(maps.Keys(groups)) {
		es := groups[d]
		names := make([]string, len(es))
		for i, e := range es {
			names[i] = e.Name
		}
		fmt.Printf("%-6s n=%d total=%d names=%s\n", d, len(es), SumBy(es, func(e Employee) int { return e.Salary }), strings.Join(names, ","))
	}
	var skills []string
	for _, e := range emps {
		skills = append(skills, e.Skills...)
	}
	u := Uniq(skills)
	slices.Sort(u)
	fmt.Println(u, len(skills))
	top := slices.MaxFunc(emps, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Printf("%+v\n", top)
	bySkill := map[string][]string{}
	for _, e := range emps {
		for _, s := range e.Skills {
			bySkill[s] = append(bySkill[s], e.Name)
		}
	}
	fmt.Println(bySkill)
	idx := slices.IndexFunc(emps, func(e Employee) bool { return e.Skills == nil })
	fmt.Println(idx, emps[idx].Name)
	cloned := slices.Clone(emps[:2])
	cloned[0].Name = "ANN"
	cloned[0].Skills[0] = "GO"
	fmt.Println(emps[0].Name, emps[0].Skills, cloned[0].Name)
	nested := map[string]map[string]int{}
	for _, e := range emps {
		if nested[e.Dept] == nil {
			nested[e.Dept] = map[string]int{}
		}
		nested[e.Dept][e.Name] = e.Salary
	}
	fmt.Println(nested)
	fmt.Printf("%v\n", GroupBy([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
}
