package main

import (
	"fmt"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// fromLevel builds a tree from LeetCode's level-order notation.
func fromLevel(s string) *TreeNode {
	s = strings.Trim(s, "[]")
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	mk := func(p string) *TreeNode {
		if p == "null" {
			return nil
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			panic(err)
		}
		return &TreeNode{Val: v}
	}
	root := mk(parts[0])
	queue := []*TreeNode{root}
	for i := 1; i < len(parts); i += 2 {
		n := queue[0]
		queue = queue[1:]
		if n.Left = mk(parts[i]); n.Left != nil {
			queue = append(queue, n.Left)
		}
		if i+1 < len(parts) {
			if n.Right = mk(parts[i+1]); n.Right != nil {
				queue = append(queue, n.Right)
			}
		}
	}
	return root
}

func inorder(root *TreeNode) []int {
	var res []int
	var st []*TreeNode
	for cur := root; cur != nil || len(st) > 0; {
		for cur != nil {
			st = append(st, cur)
			cur = cur.Left
		}
		cur = st[len(st)-1]
		st = st[:len(st)-1]
		res = append(res, cur.Val)
		cur = cur.Right
	}
	return res
}

func levelOrder(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	for q := []*TreeNode{root}; len(q) > 0; {
		var level []int
		var next []*TreeNode
		for _, n := range q {
			level = append(level, n.Val)
			for _, c := range []*TreeNode{n.Left, n.Right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		res = append(res, level)
		q = next
	}
	return res
}

func maxDepth(t *TreeNode) int {
	if t == nil {
		return 0
	}
	return 1 + max(maxDepth(t.Left), maxDepth(t.Right))
}

func isValidBST(t *TreeNode) bool {
	var check func(*TreeNode, *int, *int) bool
	check = func(n *TreeNode, lo, hi *int) bool {
		if n == nil {
			return true
		}
		if (lo != nil && n.Val <= *lo) || (hi != nil && n.Val >= *hi) {
			return false
		}
		return check(n.Left, lo, &n.Val) && check(n.Right, &n.Val, hi)
	}
	return check(t, nil, nil)
}

func lca(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	l, r := lca(root.Left, p, q), lca(root.Right, p, q)
	if l != nil && r != nil {
		return root
	}
	if l != nil {
		return l
	}
	return r
}

func main() {
	t := fromLevel("[3,9,20,null,null,15,7]")
	fmt.Println(inorder(t), levelOrder(t), maxDepth(t))
	fmt.Println(levelOrder(nil), len(levelOrder(nil)), maxDepth(nil))
	for _, s := range []string{"[2,1,3]", "[5,1,4,null,null,3,6]", "[2,2,2]", "[]"} {
		fmt.Printf("%-24s valid=%v\n", s, isValidBST(fromLevel(s)))
	}
	u := fromLevel("[3,5,1,6,2,0,8,null,null,7,4]")
	p, q := u.Left, u.Left.Right.Right
	fmt.Println("lca:", lca(u, p, q).Val, lca(u, u.Left, u.Right).Val)
	fmt.Printf("%+v\n", *fromLevel("[1]"))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fromLevel("[1,x]")
}
