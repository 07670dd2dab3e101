package main

import "fmt"

type Buffer struct {
	data []byte
}

func (b *Buffer) Window(lo, hi int) []byte {
	return b.data[lo:hi:hi]
}

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4]
	fmt.Println(s, len(s), cap(s))
	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))

	s = append(s, 100)
	fmt.Println("arr after s append:", arr)
	t = append(t, 200)
	fmt.Println("arr after t append:", arr)
	t = append(t, 300)
	fmt.Println("arr after t second append:", arr, "t:", t)

	b := &Buffer{data: []byte("abcdefgh")}
	w := b.Window(2, 5)
	fmt.Printf("%s %d %d\n", w, len(w), cap(w))
	w = append(w, 'Z')
	fmt.Printf("%s %s\n", w, b.data)

	u := arr[:0:0]
	fmt.Println(len(u), cap(u), u == nil)
	u = append(u, 9)
	fmt.Println(u, arr[0])

	sl := []string{"a", "b", "c", "d", "e"}
	head := sl[:2:2]
	tail := sl[2:]
	head = append(head, "X")
	fmt.Println(head, tail, sl)

	p := &arr
	q := p[1:3:4]
	fmt.Println(q, cap(q))

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8])

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	i, j, k := 1, 3, 2
	_ = sl[i:j:k]
}
