// Runtime error that Go does not raise, notebook style only.
// Same trigger as blank_in_range_loop.go, but the blank assignment discards the
// error result of a call: the loop body is not even run once.
// Go prints:      processing 1
//                 processing 2
// Session:        (no output) runtime.Error: runtime error: invalid memory address or nil pointer dereference
// From log_x38a_slog_orders.go (for _, o := range orders { _ = process(ctx, logger, o) }).

package main

import "fmt"

func process(id int) error {
	fmt.Println("processing", id)
	return nil
}

func main() {
	for _, id := range []int{1, 2} {
		_ = process(id)
	}
}
