// x8b: Go (stdin at EOF) prints "sum: 0 reads: 0"; both styles print "sum: 0 reads: 1000000" - SILENT: fmt.Scan on a frontend without stdin returns a non-EOF error, so the io.EOF loop never stops (capped here; uncapped it runs until the cell time limit).
package main

import (
	"fmt"
	"io"
)

func main() {
	sum, reads := 0, 0
	for reads < 1000000 {
		var x int
		_, err := fmt.Scan(&x)
		if err == io.EOF {
			break
		}
		reads++
		sum += x
	}
	fmt.Println("sum:", sum, "reads:", reads)
}
