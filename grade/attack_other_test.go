//go:build !linux

package grade

// machineLayers: no layers outside Linux.
func machineLayers() []string { return nil }
