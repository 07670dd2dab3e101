package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key = m
		t.Right = t.Right.Delete(m)
	}
	return t
}

func (t *Tree) Print(indent string) {
	if t == nil {
		return
	}
	t.Right.Print(indent + "    ")
	fmt.Printf("%s%d\n", indent, t.Key)
	t.Left.Print(indent + "    ")
}

func levelOrder(root *Tree) [][]int {
	var levels [][]int
	queue := []*Tree{root}
	for len(queue) > 0 {
		var level []int
		next := []*Tree{}
		for _, n := range queue {
			if n == nil {
				continue
			}
			level = append(level, n.Key)
			next = append(next, n.Left, n.Right)
		}
		if len(level) > 0 {
			levels = append(levels, level)
		}
		queue = next
	}
	return levels
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k)
	}
	var keys []int
	root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println("in order:", keys)
	fmt.Println("height:", root.Height(), "min:", root.Min())
	fmt.Println("levels:", levelOrder(root))
	for _, k := range []int{45, 55} {
		fmt.Printf("contains %d? %v\n", k, root.Contains(k))
	}
	root.Print("")
	root = root.Delete(30)
	root = root.Delete(50)
	root = root.Delete(99)
	sum := 0
	count := 0
	root.InOrder(func(k int) {
		sum += k
		count++
	})
	fmt.Printf("after deletes: root=%d count=%d sum=%d avg=%.2f\n", root.Key, count, sum, float64(sum)/float64(count))
	fmt.Println("levels:", levelOrder(root))
}
