// the managed-service provider's list of the unit tests (src/test/resources/msp/customers.yaml)
def list = new File(basedir, '../../../src/test/resources/msp/customers.yaml')
def target = new File(basedir, 'src/main/lighthouse/customers.yaml')
target.parentFile.mkdirs()
target.text = list.getText('UTF-8')
return true
