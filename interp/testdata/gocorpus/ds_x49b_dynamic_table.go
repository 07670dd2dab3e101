package main

import (
	"fmt"
	"strings"
)

// DynamicTable is the table-doubling example of amortized analysis (CLRS 17.4).
type DynamicTable struct {
	slots   []int
	num     int
	cost    int
	history []string
}

func (t *DynamicTable) Insert(x int) {
	actual := 1
	if t.num == len(t.slots) {
		newSize := max(1, 2*len(t.slots))
		bigger := make([]int, newSize)
		copy(bigger, t.slots[:t.num])
		actual += t.num
		t.slots = bigger
		t.history = append(t.history, fmt.Sprintf("grow->%d", newSize))
	}
	t.slots[t.num] = x
	t.num++
	t.cost += actual
}

func (t *DynamicTable) Delete() {
	if t.num == 0 {
		return
	}
	t.num--
	t.cost++
	if len(t.slots) > 1 && t.num < len(t.slots)/4 {
		smaller := make([]int, len(t.slots)/2)
		copy(smaller, t.slots[:t.num])
		t.cost += t.num
		t.slots = smaller
		t.history = append(t.history, fmt.Sprintf("shrink->%d", len(smaller)))
	}
}

func (t *DynamicTable) Potential() int { return 2*t.num - len(t.slots) }

type BinaryCounter struct {
	bits  []byte
	flips int
}

func (c *BinaryCounter) Increment() {
	i := 0
	for i < len(c.bits) && c.bits[i] == 1 {
		c.bits[i] = 0
		c.flips++
		i++
	}
	if i < len(c.bits) {
		c.bits[i] = 1
		c.flips++
	}
}

func (c *BinaryCounter) String() string {
	var sb strings.Builder
	for i := len(c.bits) - 1; i >= 0; i-- {
		sb.WriteByte('0' + c.bits[i])
	}
	return sb.String()
}

func main() {
	var t DynamicTable
	for i := 1; i <= 17; i++ {
		t.Insert(i)
		if i&(i-1) == 0 || i == 17 {
			fmt.Printf("after %2d inserts: size=%2d cost=%2d phi=%d\n", i, len(t.slots), t.cost, t.Potential())
		}
	}
	for i := 0; i < 14; i++ {
		t.Delete()
	}
	fmt.Println("num:", t.num, "size:", len(t.slots), "total cost:", t.cost)
	fmt.Println(strings.Join(t.history, ", "))

	c := &BinaryCounter{bits: make([]byte, 8)}
	for i := 0; i < 16; i++ {
		c.Increment()
		if i%5 == 0 {
			fmt.Println(c, c.flips)
		}
	}
	fmt.Printf("16 increments cost %d flips (< 2n=%d)\n", c.flips, 32)
}
