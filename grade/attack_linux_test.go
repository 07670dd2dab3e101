package grade

import (
	"os/exec"

	seccomp "github.com/elastic/go-seccomp-bpf"
	llsys "github.com/landlock-lsm/go-landlock/landlock/syscall"
)

// machineLayers finds the layers of isolation this machine allows, by
// other means than the grader's: unshare(1) for the namespaces and a
// root of one's own (a fresh /proc needs the PID namespace), the kernel's
// answers for Landlock and seccomp.
func machineLayers() []string {
	var layers []string
	if exec.Command("unshare", "-Urmpfni", "--mount-proc", "true").Run() == nil {
		layers = append(layers, LayerUserNS, LayerMountNS, LayerPIDNS, LayerNetNS, LayerIPCNS)
	}
	if abi, err := llsys.LandlockGetABIVersion(); err == nil && abi >= 1 {
		layers = append(layers, LayerLandlock)
	}
	if seccomp.Supported() {
		layers = append(layers, LayerSeccomp)
	}
	return append(layers, LayerRlimits)
}
