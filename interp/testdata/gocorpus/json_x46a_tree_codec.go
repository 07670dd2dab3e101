package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Node struct {
	Key   int   `json:"key"`
	Left  *Node `json:"left,omitempty"`
	Right *Node `json:"right,omitempty"`
}

type BST struct {
	Root  *Node `json:"root"`
	Count int   `json:"count"`
}

func (t *BST) Insert(k int) {
	t.Root = insert(t.Root, k, &t.Count)
}

func insert(n *Node, k int, cnt *int) *Node {
	if n == nil {
		*cnt++
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = insert(n.Left, k, cnt)
	} else if k > n.Key {
		n.Right = insert(n.Right, k, cnt)
	}
	return n
}

func (t *BST) InOrder() []int {
	var out []int
	var walk func(*Node)
	walk = func(n *Node) {
		if n == nil {
			return
		}
		walk(n.Left)
		out = append(out, n.Key)
		walk(n.Right)
	}
	walk(t.Root)
	return out
}

func (t *BST) Validate() error {
	var check func(n *Node, lo, hi *int) error
	check = func(n *Node, lo, hi *int) error {
		if n == nil {
			return nil
		}
		if (lo != nil && n.Key <= *lo) || (hi != nil && n.Key >= *hi) {
			return fmt.Errorf("key %d violates BST order", n.Key)
		}
		return errors.Join(check(n.Left, lo, &n.Key), check(n.Right, &n.Key, hi))
	}
	return check(t.Root, nil, nil)
}

// Levels is a compact level-order encoding.
type Levels [][]int

func (t *BST) Levels() Levels {
	var out Levels
	q := []*Node{}
	if t.Root != nil {
		q = append(q, t.Root)
	}
	for len(q) > 0 {
		var lvl []int
		var next []*Node
		for _, n := range q {
			lvl = append(lvl, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, lvl)
		q = next
	}
	return out
}

func main() {
	t := &BST{}
	for _, k := range []int{8, 3, 10, 1, 6, 14, 4, 7, 13} {
		t.Insert(k)
	}
	data, err := json.Marshal(t)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))
	lv, _ := json.MarshalIndent(t.Levels(), "", "  ")
	fmt.Println(string(lv))

	var back BST
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Println(back.InOrder(), back.Count, back.Validate())

	bad := `{"root":{"key":5,"left":{"key":9},"right":{"key":2}},"count":3}`
	var b BST
	_ = json.Unmarshal([]byte(bad), &b)
	fmt.Println("validate bad:", b.Validate())

	var broken BST
	err = json.Unmarshal([]byte(`{"root":{"key":"x"}}`), &broken)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), err)
	fmt.Printf("%+v\n", *back.Root.Left.Left)
}
