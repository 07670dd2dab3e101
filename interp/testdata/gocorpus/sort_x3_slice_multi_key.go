// Exercises: sort.Slice with a multi-key comparator, sort.SliceStable keeping input order
package main

import (
	"fmt"
	"sort"
)

type Run struct {
	Model string
	Acc   float64
	Epoch int
}

func main() {
	runs := []Run{{"mlp", 0.91, 10}, {"cnn", 0.95, 5}, {"mlp", 0.95, 3}, {"rnn", 0.91, 7}, {"cnn", 0.91, 2}}
	sort.Slice(runs, func(i, j int) bool {
		if runs[i].Acc != runs[j].Acc {
			return runs[i].Acc > runs[j].Acc
		}
		return runs[i].Epoch < runs[j].Epoch
	})
	fmt.Println(runs)
	names := []string{"bb", "a", "ccc", "dd", "e"}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) < len(names[j]) })
	fmt.Println(names)
}
