package main

import "fmt"

// Mistake: modifying the range value variable and expecting the slice to change.

type Account struct {
	ID      int
	Balance float64
	Tags    []string
}

func applyInterestWrong(accounts []Account, rate float64) {
	for _, a := range accounts {
		a.Balance *= 1 + rate
	}
}

func applyInterestByIndex(accounts []Account, rate float64) {
	for i := range accounts {
		accounts[i].Balance *= 1 + rate
	}
}

func applyInterestByPointer(accounts []*Account, rate float64) {
	for _, a := range accounts {
		a.Balance *= 1 + rate
	}
}

func main() {
	accounts := []Account{
		{ID: 1, Balance: 100, Tags: []string{"basic"}},
		{ID: 2, Balance: 250, Tags: []string{"gold"}},
	}

	applyInterestWrong(accounts, 0.1)
	fmt.Printf("after wrong:   %+v\n", accounts)

	applyInterestByIndex(accounts, 0.1)
	fmt.Printf("after index:   %.2f %.2f\n", accounts[0].Balance, accounts[1].Balance)

	ptrs := []*Account{&accounts[0], &accounts[1]}
	applyInterestByPointer(ptrs, 0.1)
	fmt.Printf("after pointer: %.2f %.2f\n", accounts[0].Balance, accounts[1].Balance)

	// The copy is shallow: slices inside the struct still share memory.
	for _, a := range accounts {
		a.Tags[0] = "vip-" + a.Tags[0]
	}
	fmt.Println("tags:", accounts[0].Tags, accounts[1].Tags)

	// Range over an array copies the whole array once.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range saw", v)
		}
	}
	// Range over a pointer to the array does not copy.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer range saw", v)
		}
	}

	// The range expression is evaluated once; appending does not extend the loop.
	s := []int{1, 2, 3}
	for _, v := range s {
		s = append(s, v*10)
	}
	fmt.Println("appended while ranging:", s)

	// Map values are copies too; struct values in maps cannot be modified in place.
	m := map[string]Account{"a": {ID: 1, Balance: 10}}
	acc := m["a"]
	acc.Balance = 99
	fmt.Println("map unchanged:", m["a"].Balance)
	m["a"] = acc
	fmt.Println("map updated:", m["a"].Balance)

	// Range over an integer (Go 1.22).
	total := 0
	for i := range 5 {
		total += i
	}
	fmt.Println("sum of range 5:", total)
}
