package main

import "fmt"

type Acc struct {
	Name string
	Bal  int
}

func main() {
	accs := []Acc{{"a", 1}, {"b", 2}}
	for _, a := range accs {
		a.Bal *= 100
	}
	fmt.Println(accs)
	for i := range accs {
		accs[i].Bal *= 100
	}
	fmt.Println(accs)
	arr := [2]Acc{{"x", 1}, {"y", 2}}
	for i, a := range arr {
		arr[1].Bal = 50
		fmt.Println(i, a.Bal)
	}
	sl := arr[:]
	for i, a := range sl {
		sl[1].Bal = 70
		fmt.Println(i, a.Bal)
	}
	ptrs := []*Acc{&accs[0]}
	accs = append(accs, Acc{"c", 3})
	ptrs[0].Bal = -1
	fmt.Println(accs[0].Bal == -1, len(accs))
}
