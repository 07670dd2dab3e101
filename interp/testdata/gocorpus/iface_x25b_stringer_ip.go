package main

import (
	"fmt"
	"sort"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = fmt.Sprint(b)
	}
	return strings.Join(parts, ".")
}

type Host struct {
	Name string
	Addr IPAddr
}

func (h Host) String() string { return fmt.Sprintf("%s(%v)", h.Name, h.Addr) }

type ByAddr []Host

func (a ByAddr) Len() int      { return len(a) }
func (a ByAddr) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a ByAddr) Less(i, j int) bool {
	for k := 0; k < 4; k++ {
		if a[i].Addr[k] != a[j].Addr[k] {
			return a[i].Addr[k] < a[j].Addr[k]
		}
	}
	return false
}

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
		"router":    {192, 168, 1, 1},
		"printer":   {192, 168, 1, 20},
	}
	for name, ip := range hosts {
		_ = name
		_ = ip
	}
	fmt.Println(hosts)
	var list []Host
	for n, a := range hosts {
		list = append(list, Host{n, a})
	}
	sort.Sort(ByAddr(list))
	for _, h := range list {
		fmt.Println(h)
	}
	fmt.Printf("%v %s %d\n", list[0].Addr, list[1].Addr, list[2].Addr)
	var s fmt.Stringer = list[3]
	fmt.Printf("%T %q\n", s, s)
	ptr := &list[0]
	fmt.Println(ptr)
	fmt.Printf("%+v\n", list[1])
	fmt.Printf("%#v\n", list[2].Addr)
}
