// Exercises: Stringer on a named [4]byte array type built with strings.Join over a loop, IPAddr map values and keys, Println of a map and a slice of them, array ==.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = strconv.Itoa(int(b))
	}
	return strings.Join(parts, ".")
}

func main() {
	hosts := map[string]IPAddr{"lo": {127, 0, 0, 1}, "dns": {1, 1, 1, 1}, "gw": {192, 168, 0, 1}}
	fmt.Println(hosts, hosts["dns"], hosts["none"])
	all := []IPAddr{hosts["lo"], {10, 0, 0, 254}}
	fmt.Println(all, len(all[1]))
	var s fmt.Stringer = all[1]
	fmt.Printf("%s %q %T\n", s, s, s)
	fmt.Println(all[0] == IPAddr{127, 0, 0, 1})
	owners := map[IPAddr]string{all[1]: "router"}
	all[1][3] = 1
	fmt.Println(owners, owners[IPAddr{10, 0, 0, 254}], all[1], s)
}
