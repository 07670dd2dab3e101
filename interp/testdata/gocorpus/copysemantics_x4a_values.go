// Exercises: copy semantics: structs and arrays copied on assignment and in range, slices and maps share backing data, copying a struct holding a slice, append aliasing.
package main

import "fmt"

type Team struct {
	Name    string
	Members []string
	Scores  [3]int
}

func rename(t Team)        { t.Name = "renamed" }
func renamePtr(t *Team)    { t.Name = "renamed" }
func addMember(t Team)     { t.Members[0] = "changed" }
func setScore(a [3]int)    { a[0] = 100 }
func setSlice(s []int)     { s[0] = 100 }
func setMap(m map[int]int) { m[1] = 100 }

func main() {
	t := Team{Name: "a", Members: []string{"x", "y"}, Scores: [3]int{1, 2, 3}}
	rename(t)
	fmt.Println(t.Name)
	renamePtr(&t)
	fmt.Println(t.Name)
	addMember(t)
	fmt.Println(t.Members)
	u := t
	u.Scores[0] = 42
	u.Members[1] = "shared"
	fmt.Println(t.Scores, u.Scores, t.Members)
	arr := [3]int{1, 2, 3}
	setScore(arr)
	sl := []int{1, 2, 3}
	setSlice(sl)
	m := map[int]int{1: 1}
	setMap(m)
	fmt.Println(arr, sl, m)
	teams := []Team{{Name: "p"}, {Name: "q"}}
	for _, tm := range teams {
		tm.Name = "zzz"
	}
	fmt.Println(teams[0].Name, teams[1].Name)
	for i := range teams {
		teams[i].Name += "!"
	}
	fmt.Println(teams[0].Name, teams[1].Name)
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3])
	for i, v := range arr {
		arr[2] = 99
		if i == 2 {
			fmt.Println("range copy of array:", v)
		}
	}
	cp := make([]int, 2)
	n := copy(cp, []int{7, 8, 9})
	fmt.Println(n, cp)
}
