// go run:     json: unsupported type: map[main.Point]string
// gobackprop: json: unsupported type: map[struct { X int; Y int }]string   (SILENT, both styles)
// (With a Point that has MarshalJSON, the full program printed "map[main.Point]..." instead.)
package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

func main() {
	_, err := json.Marshal(map[Point]string{{1, 2}: "a"})
	fmt.Println(err)
}
