package main

import "fmt"

type MaxHeap struct {
	A        []int
	HeapSize int
	Swaps    int
}

func parent(i int) int { return (i - 1) / 2 }
func left(i int) int   { return 2*i + 1 }
func right(i int) int  { return 2*i + 2 }

func (h *MaxHeap) maxHeapify(i int) {
	l, r := left(i), right(i)
	largest := i
	if l < h.HeapSize && h.A[l] > h.A[largest] {
		largest = l
	}
	if r < h.HeapSize && h.A[r] > h.A[largest] {
		largest = r
	}
	if largest != i {
		h.A[i], h.A[largest] = h.A[largest], h.A[i]
		h.Swaps++
		h.maxHeapify(largest)
	}
}

func (h *MaxHeap) build() {
	h.HeapSize = len(h.A)
	for i := len(h.A)/2 - 1; i >= 0; i-- {
		h.maxHeapify(i)
	}
}

func (h *MaxHeap) String() string {
	return fmt.Sprintf("heap%v|sorted%v", h.A[:h.HeapSize], h.A[h.HeapSize:])
}

func HeapSort(a []int) int {
	h := &MaxHeap{A: a}
	h.build()
	fmt.Println("built:", h)
	for i := len(a) - 1; i > 0; i-- {
		a[0], a[i] = a[i], a[0]
		h.HeapSize--
		h.maxHeapify(0)
		fmt.Println(h)
	}
	return h.Swaps
}

func main() {
	a := []int{4, 1, 3, 2, 16, 9, 10, 14, 8, 7}
	swaps := HeapSort(a)
	fmt.Printf("result=%v swaps=%d\n", a, swaps)
	fmt.Printf("%T %d %d %d\n", parent, parent(9), left(4), right(4))
}
