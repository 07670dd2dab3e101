package main

import (
	"fmt"
	"math"
)

type OpKind int

const (
	MatMul OpKind = iota
	AddBias
	ReLU
	Softmax
	CrossEntropy
)

func (k OpKind) String() string {
	switch k {
	case MatMul:
		return "MatMul"
	case AddBias:
		return "AddBias"
	case ReLU:
		return "ReLU"
	case Softmax:
		return "Softmax"
	case CrossEntropy:
		return "CrossEntropy"
	}
	return fmt.Sprintf("OpKind(%d)", int(k))
}

type Node struct {
	Kind   OpKind
	Params int
	Out    [2]int
}

func flops(n Node, batch int) int {
	switch n.Kind {
	case MatMul:
		return 2 * batch * n.Params
	case AddBias, ReLU:
		return batch * n.Out[1]
	case Softmax:
		return 3 * batch * n.Out[1]
	default:
		return batch
	}
}

func main() {
	graph := []Node{
		{MatMul, 784 * 128, [2]int{32, 128}},
		{AddBias, 128, [2]int{32, 128}},
		{ReLU, 0, [2]int{32, 128}},
		{MatMul, 128 * 10, [2]int{32, 10}},
		{AddBias, 10, [2]int{32, 10}},
		{Softmax, 0, [2]int{32, 10}},
		{CrossEntropy, 0, [2]int{1, 1}},
	}
	total, params := 0, 0
	for i, n := range graph {
		f := flops(n, 32)
		total += f
		params += n.Params
		fmt.Printf("%d %-12v out=%v params=%6d flops=%8d\n", i, n.Kind, n.Out, n.Params, f)
	}
	fmt.Printf("total params %d, forward flops %d, backward ~%d\n", params, total, 2*total)
	fmt.Printf("%v %d %s\n", OpKind(7), ReLU, Softmax)
	fmt.Printf("%+v\n", graph[3])
	fmt.Printf("%#v\n", graph[2].Out)
	fmt.Printf("log10 params: %.3f\n", math.Log10(float64(params)))
}
