// go run:      json: encoding error for type "map[main.Region]int": "bad region 9"
// gobackprop:  json: error calling MarshalText for type main.Region: bad region 9
// (both styles, no error: SILENT). When a map key's MarshalText fails, compiled Go
// (1.26) reports the map-key encoding error; the session reports the error as if
// the key were a plain value (that is what json.Marshal(Region(9)) prints in both).
// Found by json_x23b_textmarshal_keys.go.
package main

import (
	"encoding/json"
	"fmt"
)

type Region int

func (r Region) MarshalText() ([]byte, error) { return nil, fmt.Errorf("bad region %d", int(r)) }

func main() {
	_, err := json.Marshal(map[Region]int{9: 1})
	fmt.Println(err)
}
