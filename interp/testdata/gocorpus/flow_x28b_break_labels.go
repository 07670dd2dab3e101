package main

import "fmt"

// break inside switch or select only leaves the switch/select, not the loop.
// Use labels. Also: switch cases do not fall through unless asked.

type event struct {
	kind string
	val  int
}

func findPair(nums []int, target int) (int, int, bool) {
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	events := []event{{"add", 1}, {"add", 2}, {"stop", 0}, {"add", 100}}

	// Wrong: break only exits the switch.
	sum := 0
	for _, e := range events {
		switch e.kind {
		case "add":
			sum += e.val
		case "stop":
			break
		}
	}
	fmt.Println("without label:", sum)

	sum = 0
loop:
	for _, e := range events {
		switch e.kind {
		case "add":
			sum += e.val
		case "stop":
			break loop
		}
	}
	fmt.Println("with label:", sum)

	// Same with select.
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	got := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break recv
			}
			got += v
		}
	}
	fmt.Println("received sum before 3:", got)

	fmt.Println(findPair([]int{8, 1, 7, 3, 5}, 8))
	fmt.Println(findPair([]int{1, 2}, 10))

	for _, n := range []int{-3, 0, 1, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()

	// Multiple values per case; no implicit fallthrough.
	for _, c := range "a1 ?" {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			fmt.Print("vowel ")
		case '0', '1', '2':
			fmt.Print("digit ")
		case ' ':
		default:
			fmt.Printf("other(%q) ", c)
		}
	}
	fmt.Println()

	// goto is legal and occasionally used for retry.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		goto retry
	}
	fmt.Println("attempts:", attempts)

	// Switch with init statement and shadowing.
	x := 10
	switch x := x * 2; {
	case x > 15:
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	// continue with label over a grid.
	grid := [][]int{{1, 2, -1, 4}, {5, -1, 7, 8}, {9, 10, 11, 12}}
	rowsSum := []int{}
rows:
	for _, r := range grid {
		s := 0
		for _, v := range r {
			if v < 0 {
				rowsSum = append(rowsSum, s)
				continue rows
			}
			s += v
		}
		rowsSum = append(rowsSum, s)
	}
	fmt.Println(rowsSum)
}
